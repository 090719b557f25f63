/**
 * The progress document: what the browser keeps under one key, and what a progress file holds.
 * docs/progress-formats.md describes it for people; keep the two in step.
 */

/** Names the kind of data, so we never mistake another site's value (or a foreign file) for ours. */
export const PROGRESS_FORMAT = 'cds-progress';
/** Bump when the shape changes, and add a step to MIGRATIONS in progress-read.ts. */
export const PROGRESS_VERSION = 1;

/** Fields this version does not know, kept as they were so a newer edition loses nothing. */
export type Extra = Record<string, unknown>;

/** The best result of one activity of a lesson: its quiz ("quiz") or a practice ("practice-inbox"). */
export interface ActivityResult {
	/** Right answers (or tasks done right) in the best attempt. */
	best: number;
	/** Questions (or tasks) in that attempt. */
	total: number;
	/** How many times the learner finished the activity. */
	attempts: number;
	/** When the learner last finished it (ISO 8601, UTC). */
	last?: string;
	extra?: Extra;
}

/** What the course keeps about one lesson, under its stable id. */
export interface LessonRecord {
	/** First and latest visit to the lesson page (ISO 8601, UTC). */
	firstVisit?: string;
	lastVisit?: string;
	/** Whether the lesson counts as done (see done-rule.ts). */
	done: boolean;
	/** When it first counted as done; absent when not done. */
	doneAt?: string;
	/** Results by activity id. */
	results: Record<string, ActivityResult>;
	extra?: Extra;
}

export interface ProgressDoc {
	/** The version the document was written in; a newer one is kept, never lowered. */
	version: number;
	/** Records by lesson id. Lessons no longer in the course are kept and ignored. */
	lessons: Record<string, LessonRecord>;
	extra?: Extra;
}

export const emptyDoc = (): ProgressDoc => ({ version: PROGRESS_VERSION, lessons: {} });

/** Lesson and activity ids look like `strong-passwords` (never `__proto__` or other odd keys). */
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** Own keys only: ids such as `constructor` must not find Object.prototype's members. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
	Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** The document as JSON, format name and version first, unknown fields kept. */
export function serialiseDoc(doc: ProgressDoc, header: Extra = {}): string {
	const lessons: Extra = {};
	for (const [id, lesson] of Object.entries(doc.lessons)) {
		const results: Extra = {};
		for (const [activity, r] of Object.entries(lesson.results)) {
			results[activity] = { ...r.extra, best: r.best, total: r.total, attempts: r.attempts, last: r.last };
		}
		const { extra, done, doneAt, firstVisit, lastVisit } = lesson;
		lessons[id] = { ...extra, done, doneAt, firstVisit, lastVisit, results };
	}
	return JSON.stringify({ format: PROGRESS_FORMAT, version: doc.version, ...header, ...doc.extra, lessons });
}
