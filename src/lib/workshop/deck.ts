import type { QuizQuestion } from '../../schemas/quiz';
import { scopeIds } from './scope-ids';
import { splitSlides } from './split-slides';

/** A lesson as a deck needs it: its frontmatter and its body rendered for trainers. */
export interface DeckLesson {
	title: string;
	quiz?: QuizQuestion[];
	/** The lesson body rendered with trainer notes shown (components/workshop/TrainerNoteShown). */
	html: string;
}

interface SlideBase {
	/** 1-based position in the deck, shown on the counter and used in the address (#slide-3). */
	number: number;
	/** The element id, `slide-<number>`. */
	id: string;
	/** Index of the lesson in the deck's lessons; undefined for a module's opening slide. */
	lesson?: number;
	/** Trainer notes (HTML) for this slide. Never shown on the projected slide. */
	notes: string[];
}

export type Slide = SlideBase &
	(
		| { kind: 'module' }
		| { kind: 'title' }
		| { kind: 'content'; title: string; continued: boolean; html: string }
		| { kind: 'quiz'; question: QuizQuestion; index: number; count: number }
		| { kind: 'key-points' }
	);

/** What each kind of slide adds to the base fields. */
type SlideBody = Slide extends infer S ? (S extends SlideBase ? Omit<S, keyof SlideBase> : never) : never;

/**
 * The slides of one lesson, or of a module as a run of its lessons: for each lesson a title
 * slide, its body cut into slides, one slide per quiz question, and its key points.
 */
export function buildDeck(lessons: DeckLesson[], options: { moduleSlide: boolean }): Slide[] {
	const slides: Slide[] = [];
	const add = (body: SlideBody, lesson: number | undefined, notes: string[] = []) => {
		const number = slides.length + 1;
		slides.push({ ...body, number, id: `slide-${number}`, lesson, notes: notes.map((n, i) => scopeIds(n, `n${number}-${i}-`)) } as Slide);
	};
	if (options.moduleSlide) add({ kind: 'module' }, undefined);
	lessons.forEach((lesson, l) => {
		const { chunks, leadingNotes } = splitSlides(lesson.html);
		add({ kind: 'title' }, l, leadingNotes);
		for (const chunk of chunks) {
			const number = slides.length + 1;
			add({ kind: 'content', title: chunk.title ?? lesson.title, continued: chunk.continued, html: scopeIds(chunk.html, `s${number}-`) }, l, chunk.notes);
		}
		const quiz = lesson.quiz ?? [];
		quiz.forEach((question, index) => add({ kind: 'quiz', question, index, count: quiz.length }, l));
		add({ kind: 'key-points' }, l);
	});
	return slides;
}

/** Whether a slide has an answer to reveal before moving on. */
export function hasAnswer(slide: Slide): boolean {
	return slide.kind === 'quiz';
}
