import { PROGRESS_FORMAT, PROGRESS_VERSION, isId, isObject, own, type LessonRecord } from './progress-format';
import { QUIZ_ACTIVITY } from './done-rule';
import { PROGRESS_KEY } from './storage-keys';

/** What a lesson's progress box shows. */
export interface LessonView {
	done: boolean;
	/** The best quiz score, when there is a sound one. */
	quiz?: { best: number; total: number };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The box's view of a lesson record, read defensively: a value that makes no sense shows nothing. */
export function lessonView(record: unknown): LessonView {
	const lesson = isObject(record) ? record : {};
	const quiz = isObject(lesson.results) ? own(lesson.results, QUIZ_ACTIVITY) : undefined;
	const sound = isObject(quiz) && isCount(quiz.best) && isCount(quiz.total) && quiz.total >= 1 && quiz.best <= quiz.total;
	return { done: lesson.done === true, ...(sound ? { quiz: { best: quiz.best as number, total: quiz.total as number } } : {}) };
}

/**
 * Saves a change to one lesson's record (record-changes.ts: a visit, "done"; result-change.ts: a
 * result) straight to storage, without the progress store (about 3 KB, which lesson, quiz and
 * practice pages load only once the learner acts). It makes the store's own change and touches
 * nothing else: every other value, sound or not, is written back as it was read, for the store to
 * read with care. It writes only over this edition's own document (format and version) whose
 * record of the lesson is an object or absent, and only when the change does not throw. Gives the
 * lesson's view as saved; undefined when the store must do it (no such document, a change that
 * throws, storage that throws or refuses), and then nothing was written.
 */
export function saveWithoutStore(area: Storage, lessonId: string, change: (lesson: Partial<LessonRecord>) => Partial<LessonRecord>): LessonView | undefined {
	try {
		const raw = area.getItem(PROGRESS_KEY);
		const doc: unknown = raw === null ? { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} } : JSON.parse(raw);
		if (!isId(lessonId) || !isObject(doc) || doc.format !== PROGRESS_FORMAT || doc.version !== PROGRESS_VERSION) return undefined;
		const lessons = doc.lessons ?? {};
		if (!isObject(lessons)) return undefined;
		const before = own(lessons, lessonId) ?? { done: false, results: {} };
		if (!isObject(before)) return undefined;
		const after = change(before);
		area.setItem(PROGRESS_KEY, JSON.stringify({ ...doc, lessons: { ...lessons, [lessonId]: after } }));
		return lessonView(after);
	} catch {
		return undefined;
	}
}
