import { parse } from 'node-html-parser';

/**
 * Moves every heading down by `by` levels (h2 -> h3 ...), for a lesson shown inside a page
 * that already has its own h1 and h2, such as a module's handout. Stops at h6.
 */
export function shiftHeadings(html: string, by: number): string {
	if (by <= 0) return html;
	const root = parse(html);
	for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5')) {
		const level = Number(heading.tagName.slice(1));
		heading.tagName = `h${Math.min(6, level + by)}`;
	}
	return root.toString();
}
