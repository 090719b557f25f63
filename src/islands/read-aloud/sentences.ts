/** A stretch of a text, as offsets: [start, end). */
export interface Span {
	start: number;
	end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'no', 'approx']);
const END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
/** Longer sentences are cut (at a comma, else a space): some browsers stop long utterances. */
export const MAX_SENTENCE = 220;

function isAbbreviation(text: string, dot: number): boolean {
	if (text[dot] !== '.') return false;
	const word = /(\S+)$/.exec(text.slice(0, dot))?.[1]?.toLowerCase() ?? '';
	// A single letter ("J. Smith", "U.S.") or a known short word.
	return /^(\w|\w\.\w(\.\w)*)$/.test(word) || ABBREVIATIONS.has(word);
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

function cutLong(text: string, span: Span, max: number): Span[] {
	const parts: Span[] = [];
	let { start } = span;
	while (span.end - start > max) {
		const window = text.slice(start, start + max);
		const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(': '));
		const space = window.lastIndexOf(' ');
		const cut = comma > max / 3 ? comma + 1 : space > 0 ? space : max;
		const part = trimSpan(text, start, start + cut);
		if (part) parts.push(part);
		start += cut;
	}
	const last = trimSpan(text, start, span.end);
	if (last) parts.push(last);
	return parts;
}

/**
 * Splits a block's text into sentences, as offsets into the text (so the page can highlight
 * exactly what is spoken). Spans without a letter or digit are dropped; long ones are cut.
 */
export function splitSentences(text: string, max = MAX_SENTENCE): Span[] {
	const spans: Span[] = [];
	let start = 0;
	for (const match of text.matchAll(END)) {
		if (isAbbreviation(text, match.index)) continue;
		const end = match.index + match[0].length;
		const span = trimSpan(text, start, end);
		if (span) spans.push(...cutLong(text, span, max));
		start = end;
	}
	const rest = trimSpan(text, start, text.length);
	if (rest) spans.push(...cutLong(text, rest, max));
	return spans;
}

/** The word at a character index (for browsers whose boundary events give no length). */
export function wordAt(text: string, index: number, length?: number): Span {
	if (length && length > 0) return { start: index, end: index + length };
	const match = /^[^\s]+/.exec(text.slice(index));
	return { start: index, end: index + (match?.[0].length ?? 0) };
}
