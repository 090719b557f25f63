import { PROGRESS_FORMAT, PROGRESS_VERSION, emptyDoc, isId, type ActivityResult, type Extra, type LessonRecord, type ProgressDoc } from './progress-format';

/**
 * Reads a stored or imported progress document without ever throwing.
 * - `corrupt`: not ours at all (not JSON, another format, no usable version): the caller sets it aside.
 * - `repaired`: ours, but some records made no sense and were left out: the caller sets the original aside.
 * Fields this version does not know are kept (in `extra`) so that a newer edition loses nothing.
 */
export type ReadResult = { doc: ProgressDoc; problem?: 'corrupt' | 'repaired' };

type Json = Record<string, unknown>;
/** Steps that bring a document of version n to version n + 1. Version 1 is the first. */
export type Migrations = Record<number, (doc: Json) => Json>;
export const MIGRATIONS: Migrations = {};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e6;
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31);

/** A date in a canonical ISO form (so that comparing strings compares times), or undefined. */
export function canonicalDate(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 40) return undefined;
	const time = Date.parse(value);
	return time >= MIN_TIME && time <= MAX_TIME ? new Date(time).toISOString() : undefined;
}

/** The fields of `value` other than `known`, or undefined when there are none. */
function extraOf(value: Json, known: string[]): Extra | undefined {
	const entries = Object.entries(value).filter(([key]) => !known.includes(key));
	return entries.length ? Object.fromEntries(entries) : undefined;
}

class Reader {
	repaired = false;

	/** A known field: its value when valid; when present but invalid, undefined and note the repair. */
	field<T>(value: unknown, read: (v: unknown) => T | undefined): T | undefined {
		if (value === undefined) return undefined;
		const result = read(value);
		if (result === undefined) this.repaired = true;
		return result;
	}

	activity(value: unknown): ActivityResult | undefined {
		if (!isObject(value) || !isCount(value.best) || !isCount(value.total) || value.total < 1 || value.best > value.total) return undefined;
		const attempts = this.field(value.attempts, (v) => (isCount(v) ? v : undefined)) ?? 1;
		const result: ActivityResult = { best: value.best, total: value.total, attempts: Math.max(attempts, 1) };
		const last = this.field(value.last, canonicalDate);
		if (last) result.last = last;
		const extra = extraOf(value, ['best', 'total', 'attempts', 'last']);
		if (extra) result.extra = extra;
		return result;
	}

	lesson(value: unknown): LessonRecord | undefined {
		if (!isObject(value)) return undefined;
		const done = this.field(value.done, (v) => (typeof v === 'boolean' ? v : undefined)) ?? false;
		const record: LessonRecord = { done, results: {} };
		const firstVisit = this.field(value.firstVisit, canonicalDate);
		const lastVisit = this.field(value.lastVisit, canonicalDate);
		const doneAt = this.field(value.doneAt, canonicalDate);
		if (firstVisit) record.firstVisit = firstVisit;
		if (lastVisit) record.lastVisit = lastVisit;
		if (done && doneAt) record.doneAt = doneAt;
		const results = this.field(value.results, (v) => (isObject(v) ? v : undefined)) ?? {};
		for (const [id, raw] of Object.entries(results)) {
			const result = isId(id) ? this.activity(raw) : undefined;
			if (result) record.results[id] = result;
			else this.repaired = true;
		}
		const extra = extraOf(value, ['done', 'doneAt', 'firstVisit', 'lastVisit', 'results']);
		if (extra) record.extra = extra;
		return record;
	}
}

/** Brings an older document up to this version; a newer one is read as far as it is understood. */
function migrate(value: Json, version: number, migrations: Migrations, current: number): Json | undefined {
	let doc = value;
	for (let v = version; v < current; v++) {
		const step = migrations[v];
		if (!step) return undefined;
		doc = step(doc);
	}
	return doc;
}

/** Reads a parsed value (a stored document or an imported file). Tests may pass other migrations. */
export function readProgressValue(value: unknown, migrations: Migrations = MIGRATIONS, current = PROGRESS_VERSION): ReadResult {
	const corrupt: ReadResult = { doc: emptyDoc(), problem: 'corrupt' };
	if (!isObject(value) || value.format !== PROGRESS_FORMAT) return corrupt;
	const version = value.version;
	if (!Number.isInteger(version) || (version as number) < 1) return corrupt;
	const migrated = migrate(value, version as number, migrations, current);
	if (!migrated || (migrated.lessons !== undefined && !isObject(migrated.lessons))) return corrupt;

	const reader = new Reader();
	const doc: ProgressDoc = { version: Math.max(version as number, current), lessons: {} };
	for (const [id, raw] of Object.entries(migrated.lessons ?? {})) {
		const lesson = isId(id) ? reader.lesson(raw) : undefined;
		if (lesson) doc.lessons[id] = lesson;
		else reader.repaired = true;
	}
	const extra = extraOf(migrated, ['format', 'version', 'lessons']);
	if (extra) doc.extra = extra;
	return reader.repaired ? { doc, problem: 'repaired' } : { doc };
}

/** Reads the raw text under the progress key; null (nothing saved) gives an empty document. */
export function readProgress(raw: string | null, migrations: Migrations = MIGRATIONS): ReadResult {
	if (raw === null) return { doc: emptyDoc() };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { doc: emptyDoc(), problem: 'corrupt' };
	}
	return readProgressValue(value, migrations);
}
