import type { QuizAnsweredDetail } from '../progress-events';
import { markedDone, visited } from './record-changes';
import { answered, isSoundResult } from './result-change';
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

/** Keeps the best attempt and counts attempts; passing the lesson's quiz marks the lesson done (result-change.ts). */
export function recordResult(doc: ProgressDoc, detail: QuizAnsweredDetail, now: string): ProgressDoc {
	return isSoundResult(detail) ? withLesson(doc, detail.lessonId, answered(detail, now)) : doc;
}
