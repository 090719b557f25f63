import type { Segment } from './excerpt';

/** The longest excerpt, in characters (ellipses aside): two or three lines of a result. */
export const EXCERPT_CHARS = 180;
export const ELLIPSIS = '…';

export interface CutOptions {
	/** Longest excerpt in characters. */
	max?: number;
	/** The text itself was cut from a longer one: its first / last words may be mid-sentence. */
	cutBefore?: boolean;
	cutAfter?: boolean;
}

interface Span {
	start: number;
	end: number;
}

/** Sentences of the text: each ends after . ! ? or … (and any closing quote), or at the end. */
function sentencesOf(text: string): Span[] {
	const spans: Span[] = [];
	let start = text.search(/\S/);
	if (start < 0) return spans;
	for (const match of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s|$)/g)) {
		const end = match.index + match[0].length;
		if (end > start) spans.push({ start, end });
		const next = text.slice(end).search(/\S/);
		if (next < 0) return spans;
		start = end + next;
	}
	spans.push({ start, end: text.trimEnd().length });
	return spans;
}

/** A window of at most `max` characters of one long sentence, around `focus`, cut between words. */
function windowIn(text: string, sentence: Span, focus: number, max: number): Span {
	let start = Math.max(sentence.start, focus - Math.floor(max / 3));
	const end = Math.min(sentence.end, start + max);
	start = Math.max(sentence.start, Math.min(start, end - max));
	// Move inwards to the nearest gap between words, so no word is cut in half.
	const inWord = (i: number) => /\S/.test(text[i - 1] ?? ' ') && /\S/.test(text[i] ?? ' ');
	let from = start;
	while (from < end && inWord(from)) from++;
	let to = end;
	while (to > from && inWord(to)) to--;
	// A cut after "word," reads better as "word…": drop the trailing comma or colon.
	while (to > from && to < sentence.end && /[\s,;:–-]/.test(text[to - 1]!)) to--;
	while (from < to && /\s/.test(text[from]!)) from++;
	return { start: from, end: to };
}

/**
 * Cuts an excerpt to whole sentences when they fit (the sentence with the most matched words,
 * then the ones after it), else to whole words of that sentence. An ellipsis shows each cut
 * made inside a sentence. Marks are kept.
 */
export function cutExcerpt(segments: Segment[], options: CutOptions = {}): Segment[] {
	const max = options.max ?? EXCERPT_CHARS;
	const text = segments.map((s) => s.text).join('');
	const marks: number[] = [];
	let at = 0;
	for (const s of segments) {
		if (s.mark) marks.push(at);
		at += s.text.length;
	}
	const sentences = sentencesOf(text);
	if (sentences.length === 0) return [];
	const count = (span: Span) => marks.filter((m) => m >= span.start && m < span.end).length;
	const best = sentences.reduce((a, b) => (count(b) > count(a) ? b : a));
	let window: Span;
	if (best.end - best.start <= max) {
		window = { ...best };
		for (const next of sentences.filter((s) => s.start > best.start)) {
			if (next.end - window.start > max) break;
			window.end = next.end;
		}
	} else {
		window = windowIn(text, best, marks.find((m) => m >= best.start && m < best.end) ?? best.start, max);
	}
	const first = sentences[0]!;
	const last = sentences[sentences.length - 1]!;
	const sentenceStart = sentences.some((s) => s.start === window.start) && !(options.cutBefore && window.start === first.start);
	const sentenceEnd = sentences.some((s) => s.end === window.end) && !(options.cutAfter && window.end === last.end);
	return withEllipses(sliceSegments(segments, window), !sentenceStart, !sentenceEnd);
}

function sliceSegments(segments: Segment[], { start, end }: Span): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const s of segments) {
		const from = Math.max(start, at);
		const to = Math.min(end, at + s.text.length);
		if (to > from) out.push({ text: s.text.slice(from - at, to - at), mark: s.mark });
		at += s.text.length;
	}
	return out;
}

function withEllipses(segments: Segment[], before: boolean, after: boolean): Segment[] {
	const out = segments.map((s) => ({ ...s }));
	if (before) out.unshift({ text: ELLIPSIS, mark: false });
	if (after) out.push({ text: ELLIPSIS, mark: false });
	// Neighbouring plain pieces become one.
	return out.reduce<Segment[]>((all, s) => {
		const prev = all[all.length - 1];
		if (prev && !prev.mark && !s.mark) prev.text += s.text;
		else all.push(s);
		return all;
	}, []);
}
