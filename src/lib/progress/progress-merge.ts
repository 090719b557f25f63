import type { ActivityResult, Extra, LessonRecord, ProgressDoc } from './progress-format';

/**
 * Merging keeps the better of two records, field by field: done beats not done, the higher
 * score beats the lower, the earlier first visit and the later last visit win. The merge is
 * commutative, associative and idempotent (tested), so importing the same file twice, or files
 * in any order, gives the same result.
 */

const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a <= b ? a : b);
const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/** A total order on any JSON value, so that conflicting unknown fields resolve the same way every time. */
const pick = (a: unknown, b: unknown) => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

/** Union of two records; a key in both is merged. Built with fromEntries: a key "__proto__" stays data. */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
	const out = new Map(Object.entries(a));
	for (const [key, value] of Object.entries(b)) out.set(key, out.has(key) ? merge(out.get(key)!, value) : value);
	return Object.fromEntries(out);
}

const mergeExtra = (a?: Extra, b?: Extra): Extra | undefined => (a && b ? mergeRecords(a, b, pick) : (a ?? b));

/** Compares scores as fractions; on a tie, the attempt with more questions counts as better. */
export function isBetter(a: Pick<ActivityResult, 'best' | 'total'>, b: Pick<ActivityResult, 'best' | 'total'>): boolean {
	const diff = a.best * b.total - b.best * a.total;
	return diff > 0 || (diff === 0 && a.total > b.total);
}

function mergeActivity(a: ActivityResult, b: ActivityResult): ActivityResult {
	const best = isBetter(b, a) ? b : a;
	const out: ActivityResult = { best: best.best, total: best.total, attempts: Math.max(a.attempts, b.attempts) };
	const last = later(a.last, b.last);
	if (last) out.last = last;
	const extra = mergeExtra(a.extra, b.extra);
	if (extra) out.extra = extra;
	return out;
}

export function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
	const out: LessonRecord = { done: a.done || b.done, results: mergeRecords(a.results, b.results, mergeActivity) };
	const firstVisit = earlier(a.firstVisit, b.firstVisit);
	const lastVisit = later(a.lastVisit, b.lastVisit);
	const doneAt = earlier(a.done ? a.doneAt : undefined, b.done ? b.doneAt : undefined);
	if (firstVisit) out.firstVisit = firstVisit;
	if (lastVisit) out.lastVisit = lastVisit;
	if (doneAt) out.doneAt = doneAt;
	const extra = mergeExtra(a.extra, b.extra);
	if (extra) out.extra = extra;
	return out;
}

export function mergeDocs(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
	const out: ProgressDoc = { version: Math.max(a.version, b.version), lessons: mergeRecords(a.lessons, b.lessons, mergeLesson) };
	const extra = mergeExtra(a.extra, b.extra);
	if (extra) out.extra = extra;
	return out;
}
