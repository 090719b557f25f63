/**
 * Pure helpers for the pretend web and email addresses of the practice simulations. Used at build
 * time (schemas, markup) and in the browser (the practice browser's address bar), so no imports.
 */

/** Host names reserved for examples (RFC 2606 and 6761): they can never lead to a real site. */
const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$/;

/** The lower-case host of a web address, with or without its scheme: `https://A.example/x` -> `a.example`. */
export function hostOf(address: string): string {
	const withoutScheme = address.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
	return (withoutScheme.split(/[/?#]/)[0] ?? '').replace(/:\d+$/, '').toLowerCase();
}

/** Whether a host is one of the names reserved for examples, such as `mybank.example`. */
export function isReservedHost(host: string): boolean {
	return RESERVED_HOST.test(host.toLowerCase());
}

/**
 * The form of an address used to compare what a learner typed with a pretend page:
 * no scheme, no `www.`, no trailing slash, lower-case host. `HTTPS://www.Library.example/` -> `library.example`.
 */
export function normaliseAddress(address: string): string {
	const trimmed = address.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
	const cut = trimmed.search(/[/?#]/);
	const host = (cut === -1 ? trimmed : trimmed.slice(0, cut)).toLowerCase().replace(/^www\./, '');
	const rest = cut === -1 ? '' : trimmed.slice(cut);
	return (host + rest).replace(/\/+$/, '');
}

/** A piece of a message paragraph: plain text, or a link written `[text](address)`. */
export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

const INLINE_LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Splits `Click [here](https://x.example/) now` into text and link parts. */
export function parseInlineLinks(paragraph: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of paragraph.matchAll(INLINE_LINK)) {
		if (match.index > last) parts.push({ text: paragraph.slice(last, match.index) });
		parts.push({ text: match[1]!, href: match[2]! });
		last = match.index + match[0].length;
	}
	if (last < paragraph.length) parts.push({ text: paragraph.slice(last) });
	return parts;
}
