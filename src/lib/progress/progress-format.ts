/**
 * The progress document: what the browser keeps under one key, and what a progress file holds.
 * docs/progress-formats.md describes it for people; keep the two in step.
 */

/** Names the kind of data, so we never mistake another site's value (or a foreign file) for ours. */
export const PROGRESS_FORMAT = 'cds-progress';
/** Bump when the shape changes, and add a step to MIGRATIONS in progress-read.ts. */
export const PROGRESS_VERSION = 1;

/**
 * Every record may carry fields this version does not know (written by a newer edition).
 * They stay in the record, untouched, and are written back: a newer edition loses nothing.
 */
type Unknown = { [field: string]: unknown };

/** The best result of one activity of a lesson: its quiz ("quiz") or a practice ("practice-inbox"). */
export interface ActivityResult extends Unknown {
	/** Right answers (or tasks done right) in the best attempt. */
	best: number;
	/** Questions (or tasks) in that attempt. */
	total: number;
	/** How many times the learner finished the activity. */
	attempts: number;
	/** When the learner last finished it (ISO 8601, UTC). */
	last?: string;
}

/** What the course keeps about one lesson, under its stable id. */
export interface LessonRecord extends Unknown {
	/** Whether the lesson counts as done (see done-rule.ts). */
	done: boolean;
	/** When it first counted as done; absent when not done. */
	doneAt?: string;
	/** When the learner last took the "done" mark back (so another tab's older copy does not restore it). */
	undoneAt?: string;
	/** First and latest visit to the lesson page (ISO 8601, UTC). */
	firstVisit?: string;
	lastVisit?: string;
	/** Results by activity id. */
	results: Record<string, ActivityResult>;
}

export interface ProgressDoc extends Unknown {
	/** The version the document was written in; a newer one is kept, never lowered. */
	version: number;
	/** Records by lesson id. Lessons no longer in the course are kept and ignored. */
	lessons: Record<string, LessonRecord>;
}

/** The earliest date read as real. Computers whose clock was reset often say 1970 or 2000. */
export const MIN_TIME = Date.UTC(1970, 0, 1);

/** The time to save for a change: a clock set before 1970 (or broken) saves 1970, never a date read as damage. */
export function savedTime(now: Date): string {
	const time = now.getTime();
	return new Date(Number.isFinite(time) ? Math.max(time, MIN_TIME) : MIN_TIME).toISOString();
}

/** Lesson and activity ids look like `strong-passwords` (never `__proto__` or other odd keys). */
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** A JSON object as read from storage or a file: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys only: ids such as `constructor` must not find Object.prototype's members. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
	Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
