/**
 * French typography for text a French reader sees: a no-break space before `:` and inside
 * « guillemets », and a narrow no-break space (U+202F) before `; ! ?`, so these signs never start
 * a line on their own. Pure and idempotent: text already right stays as it is.
 *
 * Left alone: a sign written against its word (`Soleil2026!`, a password to type), addresses (`https://…`, `www.…`, where `:` and `?` belong to the address), times
 * such as 10:30, and signs not followed by a space or the end of the text (`C:\`, `?q=`), which are
 * not punctuation. Code is left alone by the callers (the rehype plugin skips <code>, <pre>, <kbd>).
 */

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Addresses and e-mail-like tokens: never touched. */
const PROTECTED = /\b[a-z][a-z0-9+.-]*:\/\/[^\s«»<>"]*[^\s«»<>".,;:!?)]|\bwww\.[^\s«»<>"]*[^\s«»<>".,;:!?)]/giu;

/** The space a sign needs before it. */
const spaceFor = (sign: string) => (sign === ':' ? NBSP : NNBSP);

function fixPlain(text: string): string {
	return (
		text
			// A run of signs ("?!", "!!!") takes its space once, before the first sign. The sign must be
			// followed by a space, a closing mark or the end (so `C:\` and `10:30` are left), and must
			// have a space before it: a sign written against its word is left as written, since it may
			// be something to type (a password such as « Soleil2026! »), not punctuation.
			.replace(/([^\s:;!?«\u00A0\u202F\u2009])[ \u00A0\u202F\u2009]([:;!?])(?=[:;!?]*(?:[\s)\]»”’"*_.,]|$))/gu, (_whole, before: string, sign: string) => `${before}${spaceFor(sign)}${sign}`)
			// A sign at the start of the text after a space (the text follows a link or bold words).
			.replace(/^[ \u00A0\u202F\u2009]([:;!?])(?=[:;!?]*(?:[\s)\]»”’"*_.,]|$))/u, (_whole, sign: string) => `${spaceFor(sign)}${sign}`)
			// Inside guillemets: « mot » with no-break spaces, whatever space was there (or none).
			.replace(/«[ \u00A0\u202F\u2009]*/g, `«${NBSP}`)
			.replace(/[ \u00A0\u202F\u2009]*»/g, `${NBSP}»`)
	);
}

/** The same text with French no-break spaces where French typography puts them. */
export function frenchTypography(text: string): string {
	let out = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		out += fixPlain(text.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return out + fixPlain(text.slice(last));
}

/**
 * The same typography for strings that do not pass through Markdown (a French lesson's
 * frontmatter: title, summary, questions, key points, quiz...): every string in the value, deeply.
 */
export function typesetFrench<T>(value: T): T {
	if (typeof value === 'string') return frenchTypography(value) as T;
	if (Array.isArray(value)) return value.map((item) => typesetFrench(item)) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetFrench(item)])) as T;
	}
	return value;
}
