import { parse, HTMLElement, type Node } from 'node-html-parser';
import { blockWeight, splitLongList, SLIDE_BUDGET } from './slide-weight';

/** A slide's worth of a lesson's body, with the trainer notes that belong to it. */
export interface SlideChunk {
	/** The h2 the chunk comes from; undefined for the text before the first heading. */
	title?: string;
	/** true for the second and later slides of one section. */
	continued: boolean;
	html: string;
	/** HTML of each trainer note of this slide, taken out of the slide itself. */
	notes: string[];
}

export interface SplitLesson {
	chunks: SlideChunk[];
	/** Notes written before any content: they belong on the lesson's title slide. */
	leadingNotes: string[];
}

const NOTE = '[data-trainer-note]';

export interface Section {
	title?: string;
	blocks: HTMLElement[];
	/** Notes with the index of the block they follow (-1: before the first block). */
	notes: { after: number; html: string }[];
}

const isBlank = (node: Node) => node.nodeType === 3 && node.text.trim() === '';

/** Groups the top-level nodes by h2 and takes every trainer note out of the blocks. */
export function sections(html: string): Section[] {
	const root = parse(html);
	const list: Section[] = [{ blocks: [], notes: [] }];
	for (const node of root.childNodes) {
		if (isBlank(node)) continue;
		const section = list[list.length - 1]!;
		const block = node instanceof HTMLElement ? node : parse(`<p>${node.toString()}</p>`).firstChild as HTMLElement;
		if (block.tagName === 'H2') {
			list.push({ title: block.text.trim(), blocks: [], notes: [] });
			continue;
		}
		if (block.hasAttribute('data-trainer-note')) {
			section.notes.push({ after: section.blocks.length - 1, html: block.toString() });
			continue;
		}
		for (const inner of block.querySelectorAll(NOTE)) {
			section.notes.push({ after: section.blocks.length, html: inner.toString() });
			inner.remove();
		}
		section.blocks.push(...(blockWeight(block) > SLIDE_BUDGET ? splitLongList(block) : [block]));
	}
	return list;
}

/** Packs blocks into slides under the budget; a short heading (h3) stays with what follows it. */
function pack(blocks: HTMLElement[]): number[][] {
	const groups: number[][] = [];
	let weight = Infinity;
	blocks.forEach((block, i) => {
		let w = blockWeight(block);
		const next = blocks[i + 1];
		if (/^H[3-6]$/.test(block.tagName) && next) w += blockWeight(next);
		if (weight + w > SLIDE_BUDGET) {
			groups.push([]);
			weight = 0;
		}
		groups[groups.length - 1]!.push(i);
		weight += blockWeight(block);
	});
	return groups;
}

/**
 * Cuts a lesson's rendered body into slides: one per h2 section, long sections cut between
 * blocks (and long lists between items). Trainer notes leave the slides and travel with them.
 */
export function splitSlides(html: string): SplitLesson {
	const leadingNotes: string[] = [];
	const chunks: SlideChunk[] = [];
	for (const section of sections(html)) {
		const groups = pack(section.blocks);
		if (groups.length === 0 && section.title === undefined) {
			leadingNotes.push(...section.notes.map((n) => n.html));
			continue;
		}
		if (groups.length === 0) groups.push([]);
		const sectionChunks = groups.map((indexes, g) => ({
			title: section.title,
			continued: g > 0,
			html: indexes.map((i) => section.blocks[i]!.toString()).join('\n'),
			notes: [] as string[],
		}));
		for (const note of section.notes) {
			const at = groups.findIndex((indexes) => indexes.includes(Math.max(note.after, 0)));
			sectionChunks[at < 0 ? 0 : at]!.notes.push(note.html);
		}
		chunks.push(...sectionChunks);
	}
	return { chunks, leadingNotes };
}
