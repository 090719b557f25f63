import type { AstroGlobal } from 'astro';

/**
 * Renders a component's function slot once per item and returns the HTML of each. Pages pass
 * `{(i) => <LessonContent lesson={lessons[i]} ... />}`, so a deck or a guide can cut a lesson's
 * body into slides or pick out its trainer notes at build time.
 */
export async function captureEach(slots: AstroGlobal['slots'], count: number): Promise<string[]> {
	const html: string[] = [];
	// One at a time: lessons render in order, and the build machine is small.
	for (let i = 0; i < count; i++) html.push(String((await slots.render('default', [i])) ?? ''));
	return html;
}
