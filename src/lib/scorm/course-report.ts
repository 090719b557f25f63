import { QUIZ_ACTIVITY } from '../progress/done-rule';
import { own, type ProgressDoc } from '../progress/progress-format';
import { isComplete, lessonRecord, tally } from '../progress/progress-summary';

/** SCORM 1.2 lesson_status values the course reports (it never reports "failed": a learner can always go on). */
export type LessonStatus = 'incomplete' | 'completed' | 'passed';

export interface CourseReport {
	status: LessonStatus;
	/** Share of quiz questions right (best attempt of each quiz), 0-100; undefined before any quiz. */
	scoreRaw?: number;
}

/**
 * The score: right answers over questions, in the best attempt of each lesson quiz the learner
 * took (the course's own lessons only). Lessons done without their quiz do not lower it.
 */
export function quizScore(doc: ProgressDoc, lessonIds: string[]): number | undefined {
	let right = 0;
	let questions = 0;
	for (const id of lessonIds) {
		const quiz = own(lessonRecord(doc, id)?.results ?? {}, QUIZ_ACTIVITY);
		if (!quiz) continue;
		right += quiz.best;
		questions += quiz.total;
	}
	return questions > 0 ? Math.round((100 * right) / questions) : undefined;
}

/**
 * What the course tells the platform. The course's own done rule decides: every lesson done
 * (docs/progress-formats.md) makes the course "completed"; "passed" when the platform set a
 * mastery score and the quiz score reaches it. Otherwise "incomplete".
 */
export function courseReport(doc: ProgressDoc, lessonIds: string[], masteryScore?: number): CourseReport {
	const scoreRaw = quizScore(doc, lessonIds);
	let status: LessonStatus = 'incomplete';
	if (isComplete(tally(doc, lessonIds.map((id) => ({ id }))))) {
		status = masteryScore !== undefined && scoreRaw !== undefined && scoreRaw >= masteryScore ? 'passed' : 'completed';
	}
	return { status, scoreRaw };
}

/** A status once reported as finished stays so: taking a lesson's mark off does not undo a completion. */
export function keepFinished(previous: string, next: LessonStatus): string {
	return next === 'incomplete' && (previous === 'completed' || previous === 'passed') ? previous : next;
}

/** A mastery score from the platform ("80", "" when none), or undefined. */
export function readMastery(value: unknown): number | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}
