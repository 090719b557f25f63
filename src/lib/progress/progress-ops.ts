import type { QuizAnsweredDetail } from '../progress-events';
import { QUIZ_ACTIVITY, passes } from './done-rule';
import { isBetter } from './score';
import { markedDone, visited } from './record-changes';
import { isId, own, type LessonRecord, type ProgressDoc } from './progress-format';

/**
 * What the learner's actions do to the document. Each returns a new document and leaves the
 * old one alone; invalid input (an event with a bad id or score) changes nothing.
 */

function withLesson(doc: ProgressDoc, lessonId: string, change: (lesson: LessonRecord) => LessonRecord): ProgressDoc {
	if (!isId(lessonId)) return doc;
	const before = own(doc.lessons, lessonId) ?? { done: false, results: {} };
	return { ...doc, lessons: { ...doc.lessons, [lessonId]: change({ ...before, results: { ...before.results } }) } };
}

export function recordVisit(doc: ProgressDoc, lessonId: string, now: string): ProgressDoc {
	return withLesson(doc, lessonId, visited(now));
}

export function setDone(doc: ProgressDoc, lessonId: string, done: boolean, now: string): ProgressDoc {
	return withLesson(doc, lessonId, markedDone(done, now));
}

const isScore = (d: QuizAnsweredDetail) =>
	Number.isInteger(d.score) && Number.isInteger(d.total) && d.total >= 1 && d.score >= 0 && d.score <= d.total && d.total <= 1e6;

/** Keeps the best attempt and counts attempts; passing the lesson's quiz marks the lesson done. */
export function recordResult(doc: ProgressDoc, detail: QuizAnsweredDetail, now: string): ProgressDoc {
	if (!isScore(detail) || !isId(detail.activityId)) return doc;
	const next = withLesson(doc, detail.lessonId, (lesson) => {
		const before = own(lesson.results, detail.activityId);
		const attempt = { best: detail.score, total: detail.total };
		const best = !before || isBetter(attempt, before) ? attempt : { best: before.best, total: before.total };
		lesson.results[detail.activityId] = { ...before, ...best, attempts: (before?.attempts ?? 0) + 1, last: now };
		return lesson;
	});
	return detail.activityId === QUIZ_ACTIVITY && passes(detail.score, detail.total) ? setDone(next, detail.lessonId, true, now) : next;
}
