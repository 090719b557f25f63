import type { LessonRecord } from './progress-format';

/**
 * What a visit and "done" (or its undo) change in a lesson's record; a result's change is in
 * result-change.ts. progress-ops.ts applies them to the document; lesson pages also apply them
 * before the store has loaded, or when it cannot (save-without-store.ts), so they live here, on
 * their own, where those pages can load them and nothing else.
 */
export const visited =
	(now: string) =>
	<R extends Partial<LessonRecord>>(lesson: R): R => ({ ...lesson, firstVisit: lesson.firstVisit ?? now, lastVisit: now });

// `undoneAt` tells other tabs the mark was taken back on purpose (unconfirmed.ts).
export const markedDone =
	(done: boolean, now: string) =>
	<R extends Partial<LessonRecord>>({ doneAt, ...lesson }: R): R =>
		(done ? { ...lesson, done, doneAt: doneAt ?? now } : { ...lesson, done, undoneAt: now }) as unknown as R;
