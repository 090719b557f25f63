import type { AstroGlobal } from 'astro';

/**
 * The component set a builder's function slot renders lessons with (component-sets.ts): decks,
 * notes and guides use the trainer set, handouts the handout set. Part of the cache key, so two
 * sets never share a rendering.
 */
export type RenderedWith = 'trainer' | 'handout';

/** Each lesson body rendered once per build and component set, shared by every page that shows it. */
const rendered = new Map<string, Promise<string>>();

/**
 * Renders a component's function slot once per item and returns the HTML of each. Pages pass
 * `{(i) => <LessonContent lesson={lessons[i]} ... />}`, so a deck or a guide can cut a lesson's
 * body into slides or pick out its trainer notes at build time. A lesson's body is the same on its
 * deck, its notes, the module's deck, notes and guide: it is rendered for the first and reused
 * (`ids` name the lessons, `set` the components the slot uses). The dev server renders afresh.
 */
export async function captureEach(slots: AstroGlobal['slots'], ids: readonly string[], set: RenderedWith): Promise<string[]> {
	const html: string[] = [];
	// One at a time: lessons render in order, and the build machine is small.
	for (const [i, id] of ids.entries()) {
		const key = `${set}:${id}`;
		let body = import.meta.env.DEV ? undefined : rendered.get(key);
		if (!body) {
			body = slots.render('default', [i]).then((out) => String(out ?? ''));
			if (!import.meta.env.DEV) rendered.set(key, body);
		}
		html.push(await body);
	}
	return html;
}
