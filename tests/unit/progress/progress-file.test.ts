import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportText, parseProgressFile, progressFile, FILE_MAX_CHARS } from '../../../src/lib/progress/progress-file';
import { encodeCode } from '../../../src/lib/progress/progress-code';
import { type ProgressDoc } from '../../../src/lib/progress/progress-format';
import { serialiseDoc } from '../../../src/lib/progress/progress-document';
import { docArb } from './arbitraries';

const course = ['spot-a-scam', 'strong-passwords'];
const doc: ProgressDoc = { version: 1, lessons: { 'spot-a-scam': { done: true, doneAt: '2026-11-20T10:00:00.000Z', results: { quiz: { best: 4, total: 4, attempts: 1 } } } } };

describe('the progress file', () => {
	it('is named by date and says what it is, for people who open it', () => {
		const file = progressFile(doc, 'Community Digital Skills', new Date('2026-11-22T10:00:00Z'));
		expect(file.name).toBe('course-progress-2026-11-22.json');
		expect(file.text).toBe(
			'{"format":"cds-progress","version":1,"course":"Community Digital Skills","exportedAt":"2026-11-22T10:00:00.000Z","lessons":{"spot-a-scam":{"done":true,"doneAt":"2026-11-20T10:00:00.000Z","results":{"quiz":{"best":4,"total":4,"attempts":1}}}}}',
		);
	});

	it('imports what it exported, without the fields that are only for people', () => {
		const file = progressFile(doc, 'Course', new Date());
		expect(parseProgressFile(file.text)).toEqual({ ok: true, doc, from: 'file' });
	});

	it.each([
		['', 'empty'],
		['hello', 'not-json'],
		['{"lessons":{}}', 'not-progress'],
		['{"format":"cds-progress","version":1,"lessons":{"spot-a-scam":{"done":"yes"}}}', 'damaged'],
		[`{"format":"cds-progress","version":1,"pad":"${'x'.repeat(FILE_MAX_CHARS)}"}`, 'too-big'],
	])('rejects %j with the reason %s', (text, error) => {
		expect(parseProgressFile(text)).toEqual({ ok: false, error });
	});

	it('reads a pasted file or a typed code from the same box', () => {
		expect(parseImportText(`  ${serialiseDoc(doc)}`, course)).toMatchObject({ ok: true, from: 'file' });
		expect(parseImportText(encodeCode(['strong-passwords'], course), course)).toEqual({ ok: true, from: 'code', doc: { version: 1, lessons: { 'strong-passwords': { done: true, results: {} } } } });
		expect(parseImportText('1ABC-DEF', course)).toEqual({ ok: false, error: 'typo' });
	});

	it('property: any exported progress imports back the same', () => {
		// This edition exports its own version; the file is read on a day after every date in it.
		const later = new Date('2031-01-01T00:00:00.000Z');
		fc.assert(
			fc.property(docArb.map((doc) => ({ ...doc, version: 1 })), (d) => {
				const result = parseProgressFile(progressFile(d, 'Course', later).text, later);
				expect(result.ok).toBe(true);
				if (result.ok) expect(serialiseDoc(result.doc)).toBe(serialiseDoc(d));
			}),
		);
	});

	it('says what is wrong in words that fit: damaged export, pasted text, a byte-order mark', () => {
		const text = progressFile({ version: 1, lessons: { 'spot-a-scam': { done: true, results: {} } } }, 'Course', new Date()).text;
		const cut = text.slice(0, 40);
		// A damaged real export (cut short) is called damaged, by its name or its start.
		expect(parseProgressFile(cut, new Date(), 'course-progress-2026-11-22.json')).toEqual({ ok: false, error: 'damaged' });
		expect(parseProgressFile(cut)).toEqual({ ok: false, error: 'damaged' });
		expect(parseProgressFile('hello', new Date(), 'notes.txt')).toEqual({ ok: false, error: 'not-json' });
		// Pasted text is not called a file.
		expect(parseImportText(cut, course)).toEqual({ ok: false, error: 'pasted-damaged' });
		expect(parseImportText('{"a": 1}', course)).toEqual({ ok: false, error: 'pasted-not-progress' });
		expect(parseImportText('{oops', course)).toEqual({ ok: false, error: 'pasted-not-json' });
		// An export that starts with a byte-order mark (some editors add one) is read.
		expect(parseImportText(`\uFEFF${text}`, course)).toMatchObject({ ok: true, from: 'file' });
		expect(parseProgressFile(`\uFEFF${text}`)).toMatchObject({ ok: true });
	});

	it('brings dates that cannot be true back to today, and refuses a version this edition does not know', () => {
		const now = new Date('2026-12-05T12:00:00.000Z');
		const file = JSON.stringify({ format: 'cds-progress', version: 1, lessons: { 'spot-a-scam': { done: true, doneAt: '2099-01-01T00:00:00.000Z', lastVisit: '9999-01-01T00:00:00.000Z', results: { quiz: { best: 3, total: 4, attempts: 1, last: '2099-01-01T00:00:00.000Z' } } } } });
		const result = parseProgressFile(file, now);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const lesson = result.doc.lessons['spot-a-scam']!;
		for (const date of [lesson.doneAt, lesson.lastVisit, lesson.results.quiz?.last]) expect(Date.parse(date!)).toBeLessThanOrEqual(now.getTime() + 86_400_000);
		expect(parseProgressFile(JSON.stringify({ format: 'cds-progress', version: 999999999, lessons: {} }), now)).toEqual({ ok: false, error: 'newer' });
		expect(parseProgressFile(JSON.stringify({ format: 'cds-progress', version: 2, lessons: {} }), now)).toEqual({ ok: false, error: 'newer' });
	});

	it('property: any text, valid JSON or not, is either imported as a clean document or refused, never thrown', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? '')), (text) => {
				const result = parseImportText(text, course);
				if (result.ok) expect(parseProgressFile(serialiseDoc(result.doc))).toMatchObject({ ok: true });
				else expect(typeof result.error).toBe('string');
			}),
			{ numRuns: 500 },
		);
	});
});
