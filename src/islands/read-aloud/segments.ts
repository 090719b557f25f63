/** The little of the DOM the walker needs, so unit tests can walk a parsed page too. */
export interface NodeLike {
	nodeType: number;
	childNodes: ArrayLike<NodeLike>;
	textContent: string | null;
}
export interface ElementLike extends NodeLike {
	tagName: string;
	getAttribute(name: string): string | null | undefined;
	hasAttribute(name: string): boolean;
}

/** A run of text read as one: the text nodes whose nearest block is `block`, in order. */
export interface Segment<E extends ElementLike = ElementLike, T extends NodeLike = NodeLike> {
	block: E;
	nodes: T[];
	text: string;
}

/** Elements inside a sentence: their text belongs to the block around them. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR']);
/** Never read: controls, navigation, pictures (their captions are read), code and media. */
const SKIP_TAGS = new Set(['NAV', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'CANVAS', 'AUDIO', 'VIDEO', 'MATH']);
/** Classes never read on any page: text for screen readers only, and trainer notes should one slip in. */
const SKIP_CLASSES = ['visually-hidden', 'trainer-note'];

const classesOf = (el: ElementLike) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);

/**
 * Whether an element and all inside it stay silent: hidden, closed <details> (hints, solutions,
 * answers), navigation and controls, live regions (the reader's own status among them), the
 * Listen control itself (data-read-aloud), anything marked data-read-aloud-skip, and the page's own `skipClasses`.
 */
export function isSkipped(el: ElementLike, skipClasses: readonly string[] = []): boolean {
	const tag = el.tagName.toUpperCase();
	if (SKIP_TAGS.has(tag)) return true;
	if (tag === 'DETAILS' && !el.hasAttribute('open')) return true;
	if (el.hasAttribute('hidden') || el.hasAttribute('data-read-aloud') || el.hasAttribute('data-read-aloud-skip') || el.hasAttribute('aria-live')) return true;
	if (el.getAttribute('aria-hidden') === 'true') return true;
	const role = el.getAttribute('role');
	if (role === 'status' || role === 'alert' || role === 'navigation') return true;
	const classes = classesOf(el);
	return classes.some((c) => SKIP_CLASSES.includes(c) || skipClasses.includes(c));
}

const isElement = (node: NodeLike): node is ElementLike => node.nodeType === 1;

/**
 * The text to read under `root`, in document order, as segments: each text node goes with its
 * nearest block element (not an inline one), so a list item's text, the list inside it and the
 * text after that list make three segments. With `onlyClasses`, only text inside elements of
 * those classes is read. `visible` lets the browser add its own check (CSS).
 */
export function collectSegments<E extends ElementLike, T extends NodeLike>(
	root: E,
	options: { skipClasses?: readonly string[]; onlyClasses?: readonly string[]; visible?: (el: E) => boolean } = {},
): Segment<E, T>[] {
	const segments: Segment<E, T>[] = [];
	const only = options.onlyClasses ?? [];
	const walk = (node: NodeLike, block: E, chosen: boolean) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === 3) {
				if (!chosen) continue;
				const last = segments.at(-1);
				if (last && last.block === block && last.nodes.at(-1) === previous) last.nodes.push(child as T);
				else segments.push({ block, nodes: [child as T], text: '' });
				previous = child;
			} else if (isElement(child)) {
				const el = child as unknown as E;
				if (isSkipped(el, options.skipClasses) || (options.visible && !options.visible(el))) continue;
				const inline = INLINE.has(el.tagName.toUpperCase());
				if (!inline) previous = undefined;
				walk(child, inline ? block : el, chosen || classesOf(el).some((c) => only.includes(c)));
				if (!inline) previous = undefined;
			}
		}
	};
	let previous: NodeLike | undefined;
	walk(root, root, only.length === 0);
	for (const s of segments) s.text = s.nodes.map((n) => n.textContent ?? '').join('');
	return segments.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}
