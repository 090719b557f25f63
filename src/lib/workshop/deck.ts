import type { QuizQuestion } from '../../schemas/quiz';
import { scopeIds } from './scope-ids';
import { lessonNotes, type LessonNotes } from './slide-notes';
import type { Locale } from '../../i18n/locales';
import type { LessonPlan, PlannedSlide } from './slide-plan';

/** A lesson as a deck needs it: its quiz, its planned slides, and its body rendered for trainers. */
export interface DeckLesson {
	id: string;
	title: string;
	quiz?: QuizQuestion[];
	plan: LessonPlan;
	/** The lesson body rendered with trainer notes shown (components/workshop/TrainerNoteShown). */
	html: string;
	/** The lesson's language: its notes' own words (and their cache: a French lesson keeps the English one's id). */
	locale?: Locale;
}

interface SlideBase {
	/** 1-based position in the deck, shown on the counter and used in the address (#slide-3). */
	number: number;
	/** The element id, `slide-<number>`. */
	id: string;
	/** Index of the lesson in the deck's lessons. */
	lesson: number;
	/** Speaker notes (HTML) for this slide. Never shown on the projected slide. */
	notes: string[];
}

export type Slide = SlideBase &
	(
		| { kind: 'title' }
		| PlannedSlide
		| { kind: 'quiz'; question: QuizQuestion; index: number; count: number }
		| { kind: 'key-points' }
	);

/** What each kind of slide adds to the base fields. */
type SlideBody = Slide extends infer S ? (S extends SlideBase ? Omit<S, keyof SlideBase> : never) : never;

/**
 * A lesson's notes are the same on its slides and its notes view: cut from its body once per
 * build, kept under the lesson's id (not under the body, which would keep a second copy) until
 * the second of the two pages has them.
 */
const notesMade = new Map<string, LessonNotes>();
function notesOf(lesson: DeckLesson, extraQuestions: number): LessonNotes {
	if (import.meta.env?.DEV) return lessonNotes(lesson.html, lesson.plan, extraQuestions, lesson.locale);
	const key = `${lesson.locale ?? 'en'}:${lesson.id}`;
	const made = notesMade.get(key);
	if (made) {
		notesMade.delete(key);
		return made;
	}
	const notes = lessonNotes(lesson.html, lesson.plan, extraQuestions, lesson.locale);
	notesMade.set(key, notes);
	return notes;
}

/**
 * The slides of a lesson: a title slide, a slide or two per section (see slide-plan.ts), the
 * questions asked in the room, and its key points. Every slide has notes: what to say and do,
 * and the lesson's own words. (A module runs as its lessons' decks one after another.)
 */
export function buildDeck(lessons: DeckLesson[]): Slide[] {
	const slides: Slide[] = [];
	const add = (body: SlideBody, lesson: number, notes: string[] = []) => {
		const number = slides.length + 1;
		slides.push({ ...body, number, id: `slide-${number}`, lesson, notes: notes.map((n, i) => scopeIds(n, `n${number}-${i}-`)) } as Slide);
	};
	lessons.forEach((lesson, l) => {
		const quiz = lesson.quiz ?? [];
		const asked = lesson.plan.quiz.map((i) => quiz[i]!).filter(Boolean);
		const notes = notesOf(lesson, quiz.length - asked.length);
		add({ kind: 'title' }, l, notes.title);
		lesson.plan.slides.forEach((planned, i) => add(planned, l, notes.slides[i]));
		asked.forEach((question, index) => add({ kind: 'quiz', question, index, count: asked.length }, l));
		add({ kind: 'key-points' }, l, notes.keyPoints);
	});
	return slides;
}

/** Whether a slide has an answer to reveal before moving on. */
export function hasAnswer(slide: Slide): boolean {
	return slide.kind === 'quiz';
}
