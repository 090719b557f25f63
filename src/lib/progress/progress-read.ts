import { MIN_TIME, PROGRESS_FORMAT, PROGRESS_VERSION, isId, isObject, type ActivityResult, type LessonRecord, type ProgressDoc } from './progress-format';
import { emptyDoc } from './progress-document';

/**
 * Reads a stored or imported progress document without ever throwing.
 * - `corrupt`: not ours at all (not JSON, another format, no usable version): the caller sets it aside.
 * - `repaired`: ours, but some values made no sense and were left out: the caller sets the original aside.
 * Fields this version does not know stay where they are, so that a newer edition loses nothing.
 * `newer`: written by a newer edition. It is read as far as it is understood, but the document
 * always carries this edition's version: a version it does not know is never saved as its own,
 * or later migrations would be skipped.
 */
export type ReadResult = { doc: ProgressDoc; problem?: 'corrupt' | 'repaired'; newer?: true };

type Json = Record<string, unknown>;
/** Steps that bring a document of version n to version n + 1. Version 1 is the first. */
export type Migrations = Record<number, (doc: Json) => Json>;
export const MIGRATIONS: Migrations = {};

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e6;
const MAX_TIME = Date.UTC(9999, 11, 31);

/** A date in a canonical ISO form (so that comparing strings compares times), or undefined. */
export function canonicalDate(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 40) return undefined;
	const time = Date.parse(value);
	return time >= MIN_TIME && time <= MAX_TIME ? new Date(time).toISOString() : undefined;
}

class Reader {
	repaired = false;
	/** Dates after this (an imported file's) cannot be true: they become this date (not a repair). */
	constructor(readonly latest = Infinity) {}

	date = (value: unknown): string | undefined => {
		const date = canonicalDate(value);
		return date && Date.parse(date) > this.latest ? new Date(this.latest).toISOString() : date;
	};

	/** A known field keeps its (canonical) value when valid; an invalid one is dropped, as a repair. */
	fix(record: Json, key: string, read: (v: unknown) => unknown): void {
		if (record[key] === undefined) return;
		const value = read(record[key]);
		if (value === undefined) {
			delete record[key];
			this.repaired = true;
		} else record[key] = value;
	}

	/** Copies the records that make sense; leaving any out is a repair. */
	records<T>(value: unknown, read: (v: unknown) => T | undefined): Record<string, T> {
		const out: Record<string, T> = {};
		for (const [id, raw] of Object.entries(isObject(value) ? value : {})) {
			const record = isId(id) ? read(raw) : undefined;
			if (record) out[id] = record;
			else this.repaired = true;
		}
		return out;
	}

	activity = (value: unknown): ActivityResult | undefined => {
		if (!isObject(value) || !isCount(value.best) || !isCount(value.total) || value.total < 1 || value.best > value.total) return undefined;
		const result = { ...value };
		this.fix(result, 'attempts', (v) => (isCount(v) && v > 0 ? v : undefined));
		this.fix(result, 'last', this.date);
		result.attempts ??= 1;
		return result as ActivityResult;
	};

	lesson = (value: unknown): LessonRecord | undefined => {
		if (!isObject(value)) return undefined;
		const lesson = { ...value };
		this.fix(lesson, 'done', (v) => (typeof v === 'boolean' ? v : undefined));
		for (const key of ['doneAt', 'undoneAt', 'firstVisit', 'lastVisit']) this.fix(lesson, key, this.date);
		this.fix(lesson, 'results', (v) => (isObject(v) ? v : undefined));
		lesson.done ??= false;
		if (!lesson.done) delete lesson.doneAt;
		lesson.results = this.records(lesson.results, this.activity);
		return lesson as LessonRecord;
	};
}

/** Brings an older document up to `current`; a newer one is read as far as it is understood. */
function migrate(value: Json, version: number, migrations: Migrations, current: number): Json | undefined {
	let doc = value;
	for (let v = version; v < current; v++) {
		const step = migrations[v];
		if (!step) return undefined;
		doc = step(doc);
	}
	return doc;
}

/**
 * Reads a parsed value (a stored document or an imported file). Tests may pass other migrations.
 * `latest`: the latest date that can be true (for a file: now); later ones are brought back to it.
 */
export function readProgressValue(value: unknown, migrations: Migrations = MIGRATIONS, current = PROGRESS_VERSION, latest = Infinity): ReadResult {
	const corrupt: ReadResult = { doc: emptyDoc(), problem: 'corrupt' };
	if (!isObject(value) || value.format !== PROGRESS_FORMAT) return corrupt;
	const version = value.version;
	if (!Number.isInteger(version) || (version as number) < 1) return corrupt;
	const migrated = migrate(value, version as number, migrations, current);
	if (!migrated || (migrated.lessons !== undefined && !isObject(migrated.lessons))) return corrupt;

	const reader = new Reader(latest);
	const { format: _, ...rest } = migrated;
	const doc: ProgressDoc = { ...rest, version: current, lessons: reader.records(migrated.lessons, reader.lesson) };
	const newer = (version as number) > current ? { newer: true as const } : {};
	return reader.repaired ? { doc, problem: 'repaired', ...newer } : { doc, ...newer };
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
