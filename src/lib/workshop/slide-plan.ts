import type { MdastNode } from 'satteri';
import { attribute, minutesOf, textOf, type JsxNode } from './lesson-parts';
import { contentWords, linesOf, MAX_CAPTION, MAX_POINTS, MAX_SLIDE_LINES, MAX_STEPS, shorten, shortSentences } from './slide-text';

/** A slide made from one h2 section of a lesson: a few short points, a step list, or a picture. */
export type PlannedSlide = { section: number; title: string } & (
	| { kind: 'points'; lines: string[] }
	| { kind: 'steps'; steps: string[]; start: number; /** Each step in full, for the notes. */ full: string[] }
	| { kind: 'picture'; src: string; alt: string; /** Shown when short; always in the notes. */ caption?: string; fullCaption: string }
);

/** One part of the lesson: the text before the first h2 (index 0), then each h2 section. */
export interface PlannedSection {
	title?: string;
	/** Minutes from its timed trainer notes. */
	minutes?: number;
	/** false for "Learn more" and for the opening text: their notes go to the title and last slides. */
	shown: boolean;
}

export interface LessonPlan {
	sections: PlannedSection[];
	slides: PlannedSlide[];
	/** Indexes of the quiz questions asked in the room; the rest stay on the handout and the quiz page. */
	quiz: number[];
}

/** What the plan needs of a lesson besides its body. */
export interface PlanFacts {
	minutes: number;
	keyPoints: string[];
	quizLength: number;
}

const children = (node: MdastNode) => (node as { children?: MdastNode[] }).children ?? [];
const jsx = (node: MdastNode, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxNode).name === name;
const LEARN_MORE = /^learn more\b/i;

interface Found {
	figures: { src: string; alt: string; caption: string }[];
	steps: string[][];
	lists: { items: string[]; leads: string[] }[];
	subheadings: string[];
	paragraphs: string[];
	minutes: number;
}

/** Collects what a section holds: activities are looked into, trainer notes, hints and answers are not. */
function collect(nodes: MdastNode[], found: Found): void {
	for (const node of nodes) {
		if (jsx(node, 'TrainerNote')) {
			found.minutes += minutesOf(node as JsxNode) ?? 0;
			continue;
		}
		if (jsx(node, 'Hint') || jsx(node, 'Solution')) continue;
		if (jsx(node, 'Figure')) {
			const src = attribute(node as JsxNode, 'src');
			if (src) found.figures.push({ src, alt: attribute(node as JsxNode, 'alt') ?? '', caption: attribute(node as JsxNode, 'caption') ?? '' });
			continue;
		}
		if (jsx(node, 'Steps')) {
			const list = children(node).find((c) => c.type === 'list');
			if (list) found.steps.push(children(list).map((item) => textOf(children(item)[0] ?? item)));
			continue;
		}
		if (node.type === 'list') {
			const items = children(node);
			found.lists.push({
				items: items.map((item) => textOf(children(item)[0] ?? item)),
				leads: items.map((item) => {
					const first = children(children(item)[0] ?? item)[0];
					return first?.type === 'strong' ? textOf(first).trim().replace(/\s*[:.,;]$/, '') : '';
				}),
			});
			continue;
		}
		if (node.type === 'heading') found.subheadings.push(textOf(node).trim());
		else if (node.type === 'paragraph') found.paragraphs.push(textOf(node));
		else if (jsx(node, 'TryIt') || jsx(node, 'Challenge') || jsx(node, 'Callout')) collect(children(node), found);
	}
}

/** The key point that shares most words with a section, when it shares at least three (fewer is chance). */
function matchingKeyPoint(keyPoints: string[], text: string): string | undefined {
	const words = contentWords(text);
	let best: { point: string; score: number } | undefined;
	for (const point of keyPoints) {
		const score = [...contentWords(point)].filter((w) => words.has(w)).length;
		if (score >= 3 && (!best || score > best.score)) best = { point, score };
	}
	return best?.point;
}

/** Up to four short lines for a section with no picture and no steps. */
function points(found: Found, keyPoint: string | undefined): string[] {
	let lines: string[] = [];
	if (found.subheadings.length >= 2) lines = found.subheadings.map((h) => shorten(h));
	else {
		const list = found.lists.find((l) => l.items.length >= 2);
		if (list && list.items.length > MAX_POINTS && list.leads.every((l) => l && l.length <= 28)) {
			// Many short lead-ins ("A rush", "A secret" ...): two to a line, so none is dropped.
			for (let i = 0; i < list.leads.length; i += 2) lines.push(list.leads.slice(i, i + 2).join(' · '));
		} else if (list) lines = list.items.map((item) => shorten(item));
	}
	if (lines.length < 2 && keyPoint) lines.push(...shortSentences(keyPoint));
	if (lines.length === 0 && found.paragraphs[0]) lines = shortSentences(found.paragraphs[0]).slice(0, 2);
	// A line taken from the middle of a sentence ("for your full PIN") starts with a capital on a slide.
	return [...new Set(lines)].slice(0, MAX_POINTS).map((line) => line.replace(/^[a-z]/, (c) => c.toUpperCase()));
}

/** The slides of one section: its picture, its steps, or (having neither) a few short points. */
function sectionSlides(section: number, title: string, found: Found, keyPoints: string[], used: Set<string>): PlannedSlide[] {
	const slides: PlannedSlide[] = [];
	const figure = found.figures[0];
	if (figure) {
		slides.push({ kind: 'picture', section, title, src: figure.src, alt: figure.alt, caption: figure.caption.length <= MAX_CAPTION ? figure.caption : undefined, fullCaption: figure.caption });
	}
	const steps = found.steps[0];
	if (steps) {
		for (let start = 0; start < steps.length; start += MAX_STEPS) {
			const full = steps.slice(start, start + MAX_STEPS);
			slides.push({ kind: 'steps', section, title, steps: full.map((s) => shorten(s)), start: start + 1, full });
		}
	}
	if (slides.length === 0) {
		const text = [title, ...found.subheadings, ...found.paragraphs, ...found.lists.flatMap((l) => l.items)].join(' ');
		// Each key point on one slide only: two sections on one theme should not show the same lines.
		const keyPoint = matchingKeyPoint(keyPoints.filter((k) => !used.has(k)), text);
		if (keyPoint) used.add(keyPoint);
		slides.push({ kind: 'points', section, title, lines: points(found, keyPoint) });
	}
	return slides;
}

/**
 * The slides an author marked with <Slide>: shown as written, never cut (check:content fails
 * one over the limit, so the author can choose what to leave out).
 */
function markedSlides(section: number, sectionTitle: string, marks: MdastNode[]): PlannedSlide[] {
	return marks.flatMap((mark): PlannedSlide[] => {
		const found: Found = { figures: [], steps: [], lists: [], subheadings: [], paragraphs: [], minutes: 0 };
		collect(children(mark), found);
		const title = attribute(mark as JsxNode, 'title') ?? sectionTitle;
		const figure = found.figures[0];
		if (figure) return [{ kind: 'picture', section, title, src: figure.src, alt: figure.alt, caption: figure.caption.length <= MAX_CAPTION ? figure.caption : undefined, fullCaption: figure.caption }];
		const steps = found.steps[0];
		if (steps) return [{ kind: 'steps', section, title, steps, start: 1, full: steps }];
		const lines = found.lists[0]?.items ?? found.paragraphs;
		return [{ kind: 'points', section, title, lines: lines.map((l) => l.replace(/\s+/g, ' ').trim()) }];
	});
}

/**
 * How many slides suit a lesson: about one for every two to four minutes (8 to 12 for 25
 * minutes). `aim` is what the plan keeps to when it can; `max` allows a little over it ("about").
 */
export function deckBounds(minutes: number): { min: number; aim: number; max: number } {
	const aim = Math.max(12, Math.ceil(minutes / 2.5));
	return { min: Math.min(8, Math.floor(minutes / 4)), aim, max: aim + 2 };
}

/** How many questions to ask the room: two in a short lesson, up to four in a long one. */
export function roomQuestions(minutes: number, quizLength: number): number[] {
	const count = Math.min(quizLength, minutes <= 30 ? 2 : minutes <= 45 ? 3 : 4);
	if (count <= 1) return count === 1 ? [0] : [];
	// Spread over the quiz, which follows the lesson: questions on the start, the middle and the end.
	return [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * (quizLength - 1)) / (count - 1))))];
}

/**
 * A lesson's deck, planned from its MDX tree: one slide per h2 section (two when it has both a
 * picture and steps), made of what the author already wrote for the eye (pictures, <Steps>,
 * subheadings, lists, key points), each cut to short lines; or, where the author marked them
 * with <Slide>, those slides as written. The prose goes to the notes.
 */
export function planLesson(tree: MdastNode, facts: PlanFacts): LessonPlan {
	const sections: PlannedSection[] = [{ shown: false }];
	const bodies: MdastNode[][] = [[]];
	for (const node of children(tree)) {
		if (node.type === 'heading' && (node as JsxNode).depth === 2) {
			const title = textOf(node).trim();
			sections.push({ title, shown: !LEARN_MORE.test(title) });
			bodies.push([]);
		} else bodies[bodies.length - 1]!.push(node);
	}
	const slides: PlannedSlide[] = [];
	const used = new Set<string>();
	sections.forEach((section, i) => {
		const found: Found = { figures: [], steps: [], lists: [], subheadings: [], paragraphs: [], minutes: 0 };
		collect(bodies[i]!, found);
		if (found.minutes) section.minutes = found.minutes;
		if (!section.shown || !section.title) return;
		const marks = bodies[i]!.filter((node) => jsx(node, 'Slide'));
		slides.push(...(marks.length ? markedSlides(i, section.title, marks) : sectionSlides(i, section.title, found, facts.keyPoints, used)));
	});
	// A lesson of many short sections asks the room fewer questions (at least one) to stay near its size.
	let quiz = roomQuestions(facts.minutes, facts.quizLength);
	const room = deckBounds(facts.minutes).aim - slides.length - 2;
	if (quiz.length > Math.max(1, room)) quiz = roomQuestions(facts.minutes, facts.quizLength).filter((_, i, all) => i === 0 || i === all.length - 1).slice(0, Math.max(1, room));
	return { sections, slides, quiz };
}

/** Lines of text a planned slide shows under its heading: what the slide limit counts. */
export function plannedLines(slide: PlannedSlide): number {
	if (slide.kind === 'points') return slide.lines.reduce((sum, l) => sum + linesOf(l), 0);
	if (slide.kind === 'steps') return slide.steps.reduce((sum, s) => sum + linesOf(s), 0);
	return slide.caption ? linesOf(slide.caption) : 0;
}

/** A lesson deck's figures: its slides (title and key points included), its fullest slide, and slides over the limit. */
export function deckFigures(plan: LessonPlan): { slides: number; longest: number; over: PlannedSlide[] } {
	const lines = plan.slides.map(plannedLines);
	return { slides: plan.slides.length + plan.quiz.length + 2, longest: Math.max(0, ...lines), over: plan.slides.filter((_, i) => lines[i]! > MAX_SLIDE_LINES) };
}
