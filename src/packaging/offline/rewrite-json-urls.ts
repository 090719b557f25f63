import { TextNode, type HTMLElement } from 'node-html-parser';
import { rewriteUrl, type UrlContext } from './rewrite-url';

const isDataBlock = (el: HTMLElement) => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json';

/**
 * Data blocks (`<script type="application/json">`, such as the course outline behind the home
 * page's "Continue" link) hand site addresses to client code. Every string in them that starts
 * with "/" is such an address (href() writes them so): each becomes relative to the page, as an
 * attribute would. A browser never runs a data block, so its content security policy hash does
 * not matter. A block that is not JSON is left as it is.
 */
export function rewriteJsonUrls(root: HTMLElement, file: string, ctx: UrlContext): void {
	for (const el of root.querySelectorAll('script').filter(isDataBlock)) {
		let data: unknown;
		try {
			data = JSON.parse(el.rawText);
		} catch {
			continue;
		}
		let changed = false;
		const walk = (value: unknown): unknown => {
			if (typeof value === 'string' && value.startsWith('/')) {
				const next = rewriteUrl(value, file, ctx);
				changed ||= next !== value;
				return next;
			}
			if (Array.isArray(value)) return value.map(walk);
			if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v)]));
			return value;
		};
		const next = walk(data);
		// "<" escaped as in outlineJson(): no "</script>" can end the block early.
		if (changed) el.set_content(new TextNode(JSON.stringify(next).replace(/</g, '\\u003c'), el));
	}
}
