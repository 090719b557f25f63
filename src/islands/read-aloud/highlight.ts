import type { Span } from './sentences';
import type { Segment } from './segments';

export type TextSegment = Segment<HTMLElement, Text>;

/** The block being read carries this class (an outline: also where the Highlight API is missing). */
export const CURRENT_CLASS = 'read-aloud-current';
/** Names of the CSS highlights (styled with ::highlight() in reader.css). */
export const SENTENCE_HIGHLIGHT = 'read-aloud-sentence';
export const WORD_HIGHLIGHT = 'read-aloud-word';

/** A DOM range over part of a segment's text, from offsets into segment.text. */
export function rangeOf(segment: TextSegment, span: Span): Range {
	const range = document.createRange();
	let offset = 0;
	let started = false;
	for (const node of segment.nodes) {
		const length = node.data.length;
		if (!started && span.start <= offset + length) {
			range.setStart(node, span.start - offset);
			started = true;
		}
		if (started && span.end <= offset + length) {
			range.setEnd(node, span.end - offset);
			break;
		}
		offset += length;
	}
	return range;
}

const highlights = () => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined);

/** Shows (or, with no range, removes) one named highlight. No DOM is changed: the text stays as it is. */
export function setHighlight(name: string, range?: Range): void {
	const registry = highlights();
	if (!registry || typeof Highlight === 'undefined') return;
	if (range) registry.set(name, new Highlight(range));
	else registry.delete(name);
}

/** Brings the block being read into view, gently (at once when the learner prefers less motion). */
export function bringIntoView(block: HTMLElement): void {
	const rect = block.getBoundingClientRect();
	if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
	const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
	block.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}
