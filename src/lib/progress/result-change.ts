import type { QuizAnsweredDetail } from '../progress-events';
import { QUIZ_ACTIVITY, passes } from './done-rule';
import { isId, isObject, own, type ActivityResult, type LessonRecord } from './progress-format';
import { markedDone } from './record-changes';
import { isBetter } from './score';

/**
 * What a quiz or practice result changes in a lesson's record. progress-ops.ts applies it to the
 * document; quiz and practice pages also apply it when the store could not (keep-results.ts). Its
 * own file: lesson pages, which send no results, do not carry it.
 */

/** Whether a result event makes sense: a whole score within its total, for an activity with a sound id. */
export const isSoundResult = (d: QuizAnsweredDetail) =>
	Number.isInteger(d.score) && Number.isInteger(d.total) && d.total >= 1 && d.score >= 0 && d.score <= d.total && d.total <= 1e6 && isId(d.activityId);

/** Keeps the best attempt and counts attempts; passing the lesson's quiz marks the lesson done. Check isSoundResult first. */
export const answered =
	(detail: QuizAnsweredDetail, now: string) =>
	<R extends Partial<LessonRecord>>(lesson: R): R => {
		// Results that are not an object are left for the store to read with care (it sets them aside).
		if (lesson.results !== undefined && !isObject(lesson.results)) throw new TypeError('results');
		const results = { ...lesson.results };
		const before: ActivityResult | undefined = own(results, detail.activityId);
		const attempt = { best: detail.score, total: detail.total };
		const best = !before || isBetter(attempt, before) ? attempt : { best: before.best, total: before.total };
		results[detail.activityId] = { ...before, ...best, attempts: (before?.attempts ?? 0) + 1, last: now };
		const next = { ...lesson, results };
		return detail.activityId === QUIZ_ACTIVITY && passes(detail.score, detail.total) ? markedDone(true, now)(next) : next;
	};
