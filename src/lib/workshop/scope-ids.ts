import { parse } from 'node-html-parser';

const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * Prefixes every id in a piece of HTML, and the references to them inside it, so that the same
 * lesson can appear twice on a page (slide and preview, or two lessons of a module) without
 * two elements sharing an id.
 */
export function scopeIds(html: string, prefix: string): string {
	if (!html.includes('id=')) return html;
	const root = parse(html);
	const ids = new Set<string>();
	for (const el of root.querySelectorAll('[id]')) {
		const id = el.getAttribute('id')!;
		ids.add(id);
		el.setAttribute('id', `${prefix}${id}`);
	}
	for (const name of REFERENCES) {
		for (const el of root.querySelectorAll(`[${name}]`)) {
			const value = el.getAttribute(name)!.split(/\s+/).map((ref) => (ids.has(ref) ? `${prefix}${ref}` : ref));
			el.setAttribute(name, value.join(' '));
		}
	}
	for (const el of root.querySelectorAll('a[href^="#"]')) {
		const ref = el.getAttribute('href')!.slice(1);
		if (ids.has(ref)) el.setAttribute('href', `#${prefix}${ref}`);
	}
	return root.toString();
}
