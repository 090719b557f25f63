import type { ActivityResult, LessonRecord, ProgressDoc } from './progress-format';
import { isBetter } from './score';

/**
 * Merging keeps the better of two records, field by field: done beats not done, the higher
 * score beats the lower, the earlier first visit and the later last visit win. Fields neither
 * side's version knows are kept from both. The merge is commutative, associative and
 * idempotent (tested), so importing the same file twice, or files in any order, gives one result.
 */

type Json = Record<string, unknown>;
const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a <= b ? a : b);
const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/** A total order on any JSON value, so that conflicting unknown fields resolve the same way every time. */
const pick = (a: unknown, b: unknown) => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

/** Union of two records; a key in both is merged. Built with fromEntries: a key "__proto__" stays data. */
function union<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
	const out = new Map(Object.entries(a));
	for (const [key, value] of Object.entries(b)) out.set(key, out.has(key) ? merge(out.get(key)!, value) : value);
	return Object.fromEntries(out);
}

/** Unknown fields from both sides, then the known ones as given (undefined ones left out). */
function withKnown<T>(a: Json, b: Json, known: Json): T {
	const isKnown = (key: string) => Object.prototype.hasOwnProperty.call(known, key);
	const out = new Map(Object.entries(a).filter(([key]) => !isKnown(key)));
	for (const [key, value] of Object.entries(b)) if (!isKnown(key)) out.set(key, out.has(key) ? pick(out.get(key), value) : value);
	for (const [key, value] of Object.entries(known)) if (value !== undefined) out.set(key, value);
	return Object.fromEntries(out) as T;
}

function mergeActivity(a: ActivityResult, b: ActivityResult): ActivityResult {
	const best = isBetter(b, a) ? b : a;
	return withKnown(a, b, { best: best.best, total: best.total, attempts: Math.max(a.attempts, b.attempts), last: later(a.last, b.last) });
}

export function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
	return withKnown(a, b, {
		done: a.done || b.done,
		doneAt: earlier(a.done ? a.doneAt : undefined, b.done ? b.doneAt : undefined),
		firstVisit: earlier(a.firstVisit, b.firstVisit),
		lastVisit: later(a.lastVisit, b.lastVisit),
		results: union(a.results, b.results, mergeActivity),
	});
}

export function mergeDocs(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
	return withKnown(a, b, { version: Math.max(a.version, b.version), lessons: union(a.lessons, b.lessons, mergeLesson) });
}
