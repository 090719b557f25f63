import type { AstroGlobal } from 'astro';

/**
 * The component set a builder's function slot renders lessons with (component-sets.ts): decks,
 * notes and guides use the trainer set, handouts the handout set. Part of the cache key, so two
 * sets never share a rendering.
 */
export type RenderedWith = 'trainer' | 'handout';

/**
 * How many pages show a lesson's body rendered with each set: trainer, its slides, its notes and
 * its module's guide; handout, its handout and its module's. After the last of them the body is let
 * go, so the bodies of the whole course are not all held at once. A miscount costs no output: a
 * page asking again renders afresh, and an entry never asked for again just stays.
 */
const PAGES_PER_LESSON: Record<RenderedWith, number> = { trainer: 3, handout: 2 };

/** Each lesson body rendered once per build and component set, shared by every page that shows it. */
const rendered = new Map<string, { body: Promise<string>; uses: number }>();

/**
 * Renders a component's function slot once per item and returns the HTML of each. Pages pass
 * `{(i) => <LessonContent lesson={lessons[i]} ... />}`, so a deck or a guide can cut a lesson's
 * body into slides or pick out its trainer notes at build time. A lesson's body is the same on its
 * deck, its notes, the module's deck, notes and guide: it is rendered for the first and reused
 * (`ids` name the lessons, `set` the components the slot uses, and `finish` what every page of
 * the set does to a body next, done once with it). The dev server renders afresh.
 */
export async function captureEach(slots: AstroGlobal['slots'], ids: readonly string[], set: RenderedWith, finish: (html: string, id: string) => string = (html) => html): Promise<string[]> {
	const html: string[] = [];
	// One at a time: lessons render in order, and the build machine is small.
	for (const [i, id] of ids.entries()) {
		const key = `${set}:${id}`;
		let entry = import.meta.env.DEV ? undefined : rendered.get(key);
		if (!entry) {
			entry = { body: slots.render('default', [i]).then((out) => finish(String(out ?? ''), id)), uses: 0 };
			if (!import.meta.env.DEV) rendered.set(key, entry);
		}
		if (++entry.uses >= PAGES_PER_LESSON[set]) rendered.delete(key);
		html.push(await entry.body);
	}
	return html;
}
