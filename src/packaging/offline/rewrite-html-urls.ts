import { NodeType, TextNode, type HTMLElement } from 'node-html-parser';
import { rewriteCssUrls, rewriteFolderUrl, rewriteMetaRefresh, rewriteSrcset, rewriteUrl, type UrlContext } from './rewrite-url';

/** Attributes that hold one address, on any element (`data` only on <object>). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/**
 * Client code that needs a site address reads it from a `data-*` attribute ending in -href,
 * -src or -url (rendered with href()), so the step can rewrite it too.
 */
const DATA_URL_ATTRIBUTE = /^data-(?:.+-)?(?:href|src|url)$/;
/** A folder given to client code as a base (`data-search-root-href`): rewritten as a folder, see rewriteFolderUrl. */
const DATA_ROOT_ATTRIBUTE = /^data-(?:.+-)?root-href$/;

/** Every element under the root, in document order: a plain walk, many times faster than querySelectorAll('*'). */
function* elementsOf(root: HTMLElement): Generator<HTMLElement> {
	for (const node of root.childNodes) {
		if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
		yield node as HTMLElement;
		yield* elementsOf(node as HTMLElement);
	}
}

/** An inline <style> whose body the step changed, for the content security policy. */
export interface ChangedStyle {
	before: string;
	after: string;
}

/**
 * Rewrites every address of a parsed page to a relative one: URL attributes, srcset, style
 * attributes, meta refresh and <style> bodies. Returns the <style> bodies it changed.
 */
export function rewriteHtmlUrls(root: HTMLElement, file: string, ctx: UrlContext): ChangedStyle[] {
	const changed: ChangedStyle[] = [];
	for (const el of elementsOf(root)) {
		const tag = el.rawTagName?.toLowerCase();
		for (const [name, value] of Object.entries(el.attributes)) {
			const attr = name.toLowerCase();
			let next = value;
			if (DATA_ROOT_ATTRIBUTE.test(attr)) next = rewriteFolderUrl(value, file, ctx);
			else if (URL_ATTRIBUTES.has(attr) || DATA_URL_ATTRIBUTE.test(attr) || (attr === 'data' && tag === 'object')) next = rewriteUrl(value, file, ctx);
			else if (SRCSET_ATTRIBUTES.has(attr)) next = rewriteSrcset(value, file, ctx);
			else if (attr === 'style') next = rewriteCssUrls(value, file, ctx);
			else if (attr === 'content' && tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') next = rewriteMetaRefresh(value, file, ctx);
			if (next !== value) el.setAttribute(name, next);
		}
		if (tag === 'style') {
			const before = el.rawText;
			const after = rewriteCssUrls(before, file, ctx);
			if (after !== before) {
				el.set_content(new TextNode(after, el)); // a text node: the body is written back byte for byte
				changed.push({ before, after });
			}
		}
	}
	return changed;
}
