import { parse, type HTMLElement } from 'node-html-parser';

/**
 * How much a slide holds, in characters of body text at projector size (about 11 lines of
 * 45 characters under the heading). Pictures and list items count for the room they take.
 */
export const SLIDE_BUDGET = 560;
const PICTURE = 240;
const LINE_BREAK = 35;

/** A picture's share of a slide: small icons take a line or two, illustrations half the slide. */
function pictureWeight(picture: HTMLElement): number {
	const height = Number(picture.getAttribute('height'));
	return height > 0 ? Math.min(PICTURE, Math.max(LINE_BREAK * 2, height)) : PICTURE;
}

/** Roughly how much of a slide a block fills. */
export function blockWeight(block: HTMLElement): number {
	const text = block.text.replace(/\s+/g, ' ').trim().length;
	const pictures = [block, ...block.querySelectorAll('img, svg')].filter((el) => el.tagName === 'IMG' || el.tagName === 'SVG');
	const lines = block.querySelectorAll('li, p, h3, h4, summary, figcaption').length;
	return Math.max(LINE_BREAK, text + pictures.reduce((sum, p) => sum + pictureWeight(p), 0) + lines * LINE_BREAK);
}

/** The list a block is, or wraps (as <Steps> wraps its <ol>); undefined for other blocks. */
function listOf(block: HTMLElement): HTMLElement | undefined {
	if (block.tagName === 'OL' || block.tagName === 'UL') return block;
	const children = block.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[];
	return children.length === 1 && /^(OL|UL)$/.test(children[0]!.tagName) ? children[0] : undefined;
}

/**
 * Cuts a long list into several blocks between items, so each fits on a slide. Numbered lists
 * carry on counting (`start`). Other blocks are returned whole: a paragraph is never cut.
 */
export function splitLongList(block: HTMLElement): HTMLElement[] {
	const list = listOf(block);
	const items = list ? (list.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[]) : [];
	if (!list || items.length < 2) return [block];
	const groups: HTMLElement[][] = [[]];
	let weight = 0;
	for (const item of items) {
		const w = blockWeight(item);
		if (weight + w > SLIDE_BUDGET && groups[groups.length - 1]!.length > 0) {
			groups.push([]);
			weight = 0;
		}
		groups[groups.length - 1]!.push(item);
		weight += w;
	}
	if (groups.length === 1) return [block];
	let start = Number(list.getAttribute('start') ?? 1);
	return groups.map((group) => {
		const copy = parse(block.toString()).firstChild as HTMLElement;
		const copyList = listOf(copy)!;
		if (copyList.tagName === 'OL' && start !== 1) copyList.setAttribute('start', String(start));
		copyList.set_content(group.map((i) => i.toString()).join('\n'));
		start += group.length;
		return copy;
	});
}
