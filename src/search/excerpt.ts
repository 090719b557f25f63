/** A piece of an excerpt; `mark` pieces are the words that matched the query. */
export interface Segment {
	text: string;
	mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Splits plain text into marked and unmarked pieces; `isMatch` gets each word as written. */
export function markWords(text: string, isMatch: (word: string) => boolean): Segment[] {
	const segments: Segment[] = [];
	const push = (piece: string, mark: boolean) => {
		if (!piece) return;
		const last = segments[segments.length - 1];
		if (last && last.mark === mark) last.text += piece;
		else segments.push({ text: piece, mark });
	};
	let at = 0;
	for (const match of text.matchAll(WORD)) {
		push(text.slice(at, match.index), false);
		push(match[0], isMatch(match[0]));
		at = match.index + match[0].length;
	}
	push(text.slice(at), false);
	return segments;
}

/**
 * Marks the words at `locations` of Pagefind's page text: it counts words as runs between
 * whitespace, as Pagefind does. Only the letters of a word are marked, not its punctuation.
 */
export function markWordsAt(content: string, locations: number[]): Segment[] {
	const marked = new Set(locations);
	let index = 0;
	// Split with the gaps kept: even pieces are words (as Pagefind counts them), odd ones the gaps.
	return content.split(/([^\S\uFEFF]+)/).flatMap((piece, i): Segment[] => {
		if (i % 2 === 1) return piece ? [{ text: piece, mark: false }] : [];
		const mark = marked.has(index++);
		if (!piece) return [];
		return mark ? markWords(piece, () => true) : [{ text: piece, mark: false }];
	});
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * Reads a Pagefind excerpt ("a <mark>scam</mark> text") as segments. It is never inserted as
 * HTML: any other tag is dropped and entities become plain characters.
 */
export function segmentsFromMarkedHtml(html: string): Segment[] {
	const segments: Segment[] = [];
	html.split(/(<mark>|<\/mark>)/i).reduce((inMark, part) => {
		if (/^<mark>$/i.test(part)) return true;
		if (/^<\/mark>$/i.test(part)) return false;
		const text = decodeEntities(part.replace(/<[^>]*>?/g, ''));
		if (text) segments.push({ text, mark: inMark });
		return inMark;
	}, false);
	return segments;
}
