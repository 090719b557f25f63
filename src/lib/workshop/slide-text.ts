/**
 * What "short" means on a projected slide. At projector size a line holds about 60 characters
 * (90 units of width, type 3 units high); a slide holds its heading and about four such lines.
 */
export const LINE_CHARS = 60;
/** The most lines of text a slide made from a lesson may show under its heading. */
export const MAX_SLIDE_LINES = 6;
/** The most points on one slide, and the most steps. */
export const MAX_POINTS = 4;
export const MAX_STEPS = 6;
/** A picture's caption is shown when it fits on two lines; a longer one goes to the notes. */
export const MAX_CAPTION = 2 * LINE_CHARS;

/** Lines a piece of text takes on a slide. */
export function linesOf(text: string): number {
	return Math.max(1, Math.ceil(text.length / LINE_CHARS));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A sentence cut to fit one line of a slide: whole when it fits; else its first sentence; else up
 * to the last comma, colon or dash that leaves a clause of some length; else whole words and "…".
 * The full text always stays in the speaker notes.
 */
export function shorten(text: string, max = LINE_CHARS): string {
	// A list item written as part of a sentence ends in ';' or ',': not on a slide line.
	const whole = squash(text).replace(/\s*[;,]$/, '');
	if (whole.length <= max) return whole;
	const first = whole.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/)[0]!;
	if (first.length <= max) return first;
	const head = first.slice(0, max);
	const clause = Math.max(...[', ', '; ', ': ', ' – ', ' — ', ' (', ' - '].map((mark) => head.lastIndexOf(mark)));
	if (clause >= 28) return head.slice(0, clause).replace(/[,;:]$/, '');
	const space = head.slice(0, max - 1).lastIndexOf(' ');
	return `${head.slice(0, space > 10 ? space : max - 1).replace(/[,;:.]$/, '')}…`;
}

/** The sentences of a text, each cut to a line: a key point of two sentences gives two lines. */
export function shortSentences(text: string): string[] {
	return squash(text)
		.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/)
		.filter(Boolean)
		.map((s) => shorten(s));
}

/** Lowercase words of four letters or more: enough to tell which key point a section teaches. */
export function contentWords(text: string): Set<string> {
	return new Set(squash(text).toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []);
}
