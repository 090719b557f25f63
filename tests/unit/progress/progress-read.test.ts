import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgress, readProgressValue, type Migrations } from '../../../src/lib/progress/progress-read';
import { emptyDoc, serialiseDoc } from '../../../src/lib/progress/progress-document';
import { docArb } from './arbitraries';

const stored = (value: unknown) => JSON.stringify(value);
const v1 = (lessons: unknown, more: object = {}) => ({ format: 'cds-progress', version: 1, ...more, lessons });

describe('reading stored progress', () => {
	it('reads nothing saved as an empty document, with no problem', () => {
		expect(readProgress(null)).toEqual({ doc: emptyDoc() });
	});

	it('reads a saved document and writes it back the same', () => {
		const text = '{"format":"cds-progress","version":1,"lessons":{"strong-passwords":{"done":true,"doneAt":"2026-11-20T10:00:00.000Z","firstVisit":"2026-11-20T09:00:00.000Z","lastVisit":"2026-11-21T09:00:00.000Z","results":{"quiz":{"best":3,"total":4,"attempts":2,"last":"2026-11-20T10:00:00.000Z"}}}}}';
		const { doc, problem } = readProgress(text);
		expect(problem).toBeUndefined();
		expect(doc.lessons['strong-passwords']).toMatchObject({ done: true, results: { quiz: { best: 3, total: 4, attempts: 2 } } });
		expect(serialiseDoc(doc)).toBe(text);
	});

	it.each([
		['not JSON', '{"format":"cds-progress",'],
		['another site\'s value', stored({ theme: 'dark' })],
		['a list', stored([1, 2])],
		['a bare string', stored('hello')],
		['no version', stored({ format: 'cds-progress', lessons: {} })],
		['a version that is not a whole number', stored({ format: 'cds-progress', version: 'one', lessons: {} })],
		['lessons that are not a record', stored(v1([]))],
	])('calls %s corrupt and starts clean', (_, raw) => {
		expect(readProgress(raw)).toEqual({ doc: emptyDoc(), problem: 'corrupt' });
	});

	it('keeps the good records of a damaged document and says it was repaired', () => {
		const { doc, problem } = readProgress(stored(v1({
			'strong-passwords': { done: true },
			'spot-a-scam': { done: 'yes', results: { quiz: { best: 9, total: 4 }, 'practice-inbox': { best: 2, total: 3 } } },
			'Bad Id': { done: true },
			__proto__: { done: true },
		})));
		expect(problem).toBe('repaired');
		expect(Object.keys(doc.lessons)).toEqual(['strong-passwords', 'spot-a-scam']);
		expect(doc.lessons['spot-a-scam']).toEqual({ done: false, results: { 'practice-inbox': { best: 2, total: 3, attempts: 1 } } });
		expect(Object.getPrototypeOf(doc.lessons)).toBe(Object.prototype);
	});

	it('reads a newer version as far as it understands it and keeps the rest, but never takes its version as its own', () => {
		const newer = { format: 'cds-progress', version: 3, streak: 4, lessons: { 'spot-a-scam': { done: true, stars: 5, results: { quiz: { best: 2, total: 2, attempts: 1, hints: 1 } } } } };
		const { doc, problem, newer: isNewer } = readProgress(stored(newer));
		expect(problem).toBeUndefined();
		expect(isNewer).toBe(true);
		expect(doc.version).toBe(1);
		expect(doc.lessons['spot-a-scam']?.done).toBe(true);
		expect(JSON.parse(serialiseDoc(doc))).toEqual({ ...newer, version: 1 });
		expect(readProgress(stored({ ...newer, version: 999999999 })).doc.version).toBe(1);
	});

	it('brings an older version up to date, step by step, with the migrations given', () => {
		// Version 1 is the first real one; this pretends the course is at version 3 to test the steps.
		const migrations: Migrations = {
			1: ({ finished, ...doc }) => ({ ...doc, lessons: Object.fromEntries((finished as string[]).map((id) => [id, { done: true }])) }),
			2: (doc) => ({ ...doc, migratedFrom2: true }),
		};
		const old = { format: 'cds-progress', version: 1, finished: ['spot-a-scam'] };
		expect(readProgressValue(old, migrations, 3)).toEqual({ doc: { version: 3, lessons: { 'spot-a-scam': { done: true, results: {} } }, migratedFrom2: true } });
		expect(readProgressValue({ format: 'cds-progress', version: 2, lessons: {} }, migrations, 3).doc.migratedFrom2).toBe(true);
		// A version with no way up is not guessed at.
		expect(readProgressValue({ ...old, version: 1 }, { 2: migrations[2]! }, 3).problem).toBe('corrupt');
	});

	it('property: dates are never later than the latest that can be true, and clamping is no repair', () => {
		const latest = Date.UTC(2026, 11, 6);
		fc.assert(
			fc.property(docArb, (doc) => {
				const { doc: read, problem } = readProgressValue(JSON.parse(serialiseDoc(doc)), undefined, undefined, latest);
				expect(problem).toBeUndefined();
				for (const lesson of Object.values(read.lessons)) {
					const dates = [lesson.doneAt, lesson.firstVisit, lesson.lastVisit, ...Object.values(lesson.results).map((r) => r.last)];
					for (const date of dates) if (date) expect(Date.parse(date)).toBeLessThanOrEqual(latest);
				}
			}),
		);
	});

	it('canonicalises dates, and drops impossible ones as repairs', () => {
		const { doc, problem } = readProgress(stored(v1({ 'spot-a-scam': { done: false, firstVisit: '2026-11-20', lastVisit: 'yesterday' } })));
		expect(doc.lessons['spot-a-scam']).toEqual({ done: false, firstVisit: '2026-11-20T00:00:00.000Z', results: {} });
		expect(problem).toBe('repaired');
	});

	it('property: never throws, whatever is stored, and always gives a document it can save', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.anything().map((v) => JSON.stringify(v) ?? 'x')), (raw) => {
				const { doc } = readProgress(raw);
				const again = readProgress(serialiseDoc(doc));
				expect(again.problem).toBeUndefined();
				expect(serialiseDoc(again.doc)).toBe(serialiseDoc(doc));
			}),
			{ numRuns: 500 },
		);
	});

	it('property: malformed records inside a real document never throw and never leak through', () => {
		const junk = fc.oneof(fc.anything(), fc.record({ done: fc.anything(), results: fc.anything(), doneAt: fc.anything(), firstVisit: fc.anything() }, { requiredKeys: [] }));
		fc.assert(
			fc.property(fc.dictionary(fc.oneof(fc.constantFrom('spot-a-scam', '__proto__', 'constructor'), fc.string()), junk), (lessons) => {
				const { doc } = readProgressValue({ format: 'cds-progress', version: 1, lessons });
				for (const lesson of Object.values(doc.lessons)) {
					expect(typeof lesson.done).toBe('boolean');
					for (const r of Object.values(lesson.results)) expect(r.best).toBeLessThanOrEqual(r.total);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('property: any valid document survives saving and reading unchanged, but for a newer version number', () => {
		fc.assert(
			fc.property(docArb, (doc) => {
				const { doc: read, problem } = readProgress(serialiseDoc(doc));
				expect(problem).toBeUndefined();
				expect(serialiseDoc(read)).toBe(serialiseDoc({ ...doc, version: 1 }));
			}),
		);
	});
});
