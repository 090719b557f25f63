import type { FrameLocator, Page } from '@playwright/test';
import { loadContent } from '../../src/content-layer/load-content';
import { passes } from '../../src/lib/progress/done-rule';

/** One question as the learner answers it: its id, and which choices (by position) to pick. */
export interface PlannedAnswer {
	id: string;
	/** checkbox for "choose all that apply", radio otherwise. */
	role: 'checkbox' | 'radio';
	/** The text of each choice to tick, as the lesson's frontmatter writes it. */
	pick: string[];
	/** Their positions, which are the inputs' values. */
	values: number[];
	right: boolean;
}

/**
 * The first lesson of the course (in course order) and the answers a learner who passes its quiz
 * would give, read from the lesson's frontmatter: every question right but the first, when the
 * done rule still passes with one wrong (3 of 4, 4 of 5 ...), so the test also shows that the
 * rule counts first tries. Nothing here depends on the lesson's wording.
 */
export function quizLesson() {
	const { course, lessons } = loadContent();
	if (!course) throw new Error('content/course.yaml does not load: run npm run check:content.');
	const inOrder = course.modules.flatMap((m) => lessons.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order));
	const at = inOrder.findIndex((l) => (l.data.quiz?.length ?? 0) > 0);
	const lesson = inOrder[at];
	if (!lesson) throw new Error('The offline progress tests need a lesson with a quiz.');
	const quiz = lesson.data.quiz ?? [];
	const oneWrong = passes(quiz.length - 1, quiz.length);
	const answers: PlannedAnswer[] = quiz.map((q, i) => {
		const right = !(oneWrong && i === 0);
		const values = q.choices.flatMap((c, n) => (c.correct === right ? [n] : []));
		return { id: q.id, role: q.kind === 'many' ? 'checkbox' : 'radio', right, values: right ? values : values.slice(0, 1), pick: [] };
	});
	for (const [i, a] of answers.entries()) a.pick = a.values.map((n) => quiz[i]!.choices[n]!.text);
	const moduleLessons = inOrder.filter((l) => l.data.module === lesson.data.module);
	const nav = (l: (typeof inOrder)[number]) => ({ id: l.data.id, title: l.data.title, path: `${l.data.module}/${l.slug}/` });
	return {
		...nav(lesson),
		/** The lesson's quiz page (a page of its own, under the lesson). */
		quizPath: `${nav(lesson).path}quiz/`,
		module: { id: lesson.data.module, title: course.modules.find((m) => m.id === lesson.data.module)!.title, path: `${lesson.data.module}/`, lessons: moduleLessons.map(nav) },
		answers,
		total: quiz.length,
		score: answers.filter((a) => a.right).length,
		/** The lesson after it, where "Continue" leads once it is done. */
		next: inOrder[at + 1] ? nav(inOrder[at + 1]!) : undefined,
		courseLessons: inOrder.length,
	};
}

export type QuizLesson = ReturnType<typeof quizLesson>;

/** Answers the quiz shown in `where` as planned, by the choices' labels, checking each question. */
export async function answerQuiz(where: Page | FrameLocator, lesson: QuizLesson): Promise<void> {
	for (const answer of lesson.answers) {
		const question = where.locator(`[data-question="${answer.id}"]`);
		for (const text of answer.pick) await question.getByRole(answer.role, { name: text, exact: true }).check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await question.getByRole('status').filter({ hasText: answer.right ? 'Right.' : 'Not quite' }).waitFor();
	}
}

/**
 * Fills this page's localStorage with another site's values, to the last character (run it with
 * the page's `evaluate`). In the offline copy the shell keeps the course's values, so a full shell
 * storage is the fault a learner meets; a gap of a few characters would let small writes through.
 */
export function fillLocalStorage(): void {
	let i = 0;
	for (let size = 1 << 20; size >= 1; ) {
		try {
			localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
		} catch {
			size >>= 1;
		}
	}
}
