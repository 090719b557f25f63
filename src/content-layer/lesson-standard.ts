import type { MdastNode } from 'satteri';
import type { CheckedLesson } from './check-content';
import { proseBlocks, readability, type ReadabilityFigures } from './readability';
import { lessonParts } from '../lib/workshop/lesson-parts';
import { checkQuizForm, type QuizFormFigures } from './quiz-form';
import { QUIZ_QUESTIONS } from '../schemas/quiz';

/** What shared/LESSONS.md asks of every lesson, checked by `npm run check:content`. */
export const STANDARD = {
	maxGrade: 9,
	words: { min: 600, max: 1200 },
	quizQuestions: QUIZ_QUESTIONS,
} as const;

export interface LessonReport {
	file: string;
	id: string;
	module: string;
	figures: ReadabilityFigures;
	covers: string[];
	/** Coverage IDs tested by at least one quiz question. */
	quizCovers: string[];
	/** How guessable the quiz is from the form of its answers (see quiz-form.ts). */
	quizForm: QuizFormFigures;
	/** Failures: the lesson does not meet the standard. */
	failures: string[];
	/** Advice: worth a look, does not fail the check. */
	warnings: string[];
}

function hasComponent(tree: MdastNode, names: string[]): boolean {
	let found = false;
	const visit = (node: MdastNode) => {
		if (found) return;
		if (names.includes((node as { name?: string }).name ?? '')) found = true;
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	visit(tree);
	return found;
}

/** The list of links to read later (docs/authoring.md): a trainer note there times nothing. */
const REFERENCE_SECTION = /^learn more$/i;

export function reportLesson(lesson: CheckedLesson): LessonReport {
	const figures = readability(proseBlocks(lesson.tree));
	const failures: string[] = [];
	const warnings: string[] = [];
	const quiz = lesson.data.quiz ?? [];
	if (figures.grade > STANDARD.maxGrade) failures.push(`reading grade ${figures.grade} is above ${STANDARD.maxGrade}: use shorter sentences and everyday words`);
	if (quiz.length < STANDARD.quizQuestions.min) failures.push(`the quiz has ${quiz.length} question(s); write ${STANDARD.quizQuestions.min} to ${STANDARD.quizQuestions.max}`);
	if (!hasComponent(lesson.tree, ['TryIt', 'Challenge', 'PracticeInbox', 'PracticeBrowser', 'PracticeForm', 'PracticeMouse', 'PracticeKeys'])) failures.push('no activity: add a <TryIt> or <Challenge> a learner can do on a library computer');
	if (!hasComponent(lesson.tree, ['TrainerNote'])) failures.push('no trainer notes: add at least one <TrainerNote>');
	const misplaced = lessonParts(lesson.tree).find((part) => part.minutes && REFERENCE_SECTION.test(part.title ?? ''));
	if (misplaced) failures.push(`trainer notes under "${misplaced.title}" give that list of links ${misplaced.minutes} minutes in the facilitator guide: move each note into the section it is about`);
	const quizForm = checkQuizForm(quiz);
	failures.push(...quizForm.failures.map((f) => `quiz: ${f}`));
	warnings.push(...quizForm.notes.map((n) => `quiz: ${n}`));
	if (figures.words < STANDARD.words.min || figures.words > STANDARD.words.max) warnings.push(`${figures.words} words; aim for ${STANDARD.words.min}-${STANDARD.words.max}`);
	if (figures.wordsPerSentence > 17) warnings.push(`${figures.wordsPerSentence} words a sentence on average; aim for about 15`);
	return {
		file: lesson.file,
		id: lesson.data.id,
		module: lesson.data.module,
		figures,
		covers: lesson.data.covers,
		quizCovers: [...new Set(quiz.flatMap((q) => q.covers))],
		quizForm: quizForm.figures,
		failures,
		warnings,
	};
}
