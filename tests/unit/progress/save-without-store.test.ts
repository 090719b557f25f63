import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonView, saveWithoutStore } from '../../../src/lib/progress/save-without-store';
import { markedDone, visited } from '../../../src/lib/progress/record-changes';
import { answered } from '../../../src/lib/progress/result-change';
import { recordResult, recordVisit, setDone } from '../../../src/lib/progress/progress-ops';
import { readProgress } from '../../../src/lib/progress/progress-read';
import { serialiseDoc } from '../../../src/lib/progress/progress-document';
import { PROGRESS_KEY } from '../../../src/lib/progress/storage-keys';
import { FakeStorage } from '../../support/fake-storage';
import { docArb, idArb } from './arbitraries';

const NOW = '2026-12-06T09:00:00.000Z';
const stored = (value: unknown) => new FakeStorage({ [PROGRESS_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

const resultArb = fc
	.record({ activityId: fc.constantFrom('quiz', 'practice-inbox'), total: fc.integer({ min: 1, max: 8 }), ratio: fc.double({ min: 0, max: 1, noNaN: true }) })
	.map(({ activityId, total, ratio }) => ({ activityId, total, score: Math.round(ratio * total) }));

describe('saving a visit, "done" or a result without the progress store', () => {
	it('starts a document when nothing is saved, as the store would', () => {
		const storage = new FakeStorage();
		expect(saveWithoutStore(storage, 'spot-a-scam', visited(NOW))).toEqual({ done: false });
		const { doc, problem } = readProgress(storage.getItem(PROGRESS_KEY));
		expect(problem).toBeUndefined();
		expect(doc.lessons['spot-a-scam']).toEqual({ done: false, results: {}, firstVisit: NOW, lastVisit: NOW });
	});

	it('makes exactly the store\'s change to any sound document: the first visit kept, the last one now', () => {
		fc.assert(
			fc.property(docArb.filter((doc) => doc.version === 1), idArb, (doc, lessonId) => {
				const storage = stored(serialiseDoc(doc));
				const view = saveWithoutStore(storage, lessonId, visited(NOW));
				const after = readProgress(storage.getItem(PROGRESS_KEY));
				expect(after.problem).toBeUndefined();
				expect(after.doc).toEqual(recordVisit(readProgress(serialiseDoc(doc)).doc, lessonId, NOW));
				expect(view).toEqual(lessonView(after.doc.lessons[lessonId]));
			}),
		);
	});

	it('makes exactly the store\'s "done" and undo, and replaying them in the store changes nothing more but the undo time', () => {
		fc.assert(
			fc.property(docArb.filter((doc) => doc.version === 1), idArb, fc.boolean(), (doc, lessonId, done) => {
				const storage = stored(serialiseDoc(doc));
				const view = saveWithoutStore(storage, lessonId, markedDone(done, NOW));
				const after = readProgress(storage.getItem(PROGRESS_KEY));
				expect(after.problem).toBeUndefined();
				expect(after.doc).toEqual(setDone(readProgress(serialiseDoc(doc)).doc, lessonId, done, NOW));
				expect(view?.done).toBe(done);
				// The store makes the same change again when it opens (lesson-progress.ts).
				const LATER = '2026-12-06T09:00:05.000Z';
				const replayed = setDone(after.doc, lessonId, done, LATER);
				const { undoneAt: _a, ...replayedLesson } = replayed.lessons[lessonId]!;
				const { undoneAt: _b, ...savedLesson } = after.doc.lessons[lessonId]!;
				expect(replayedLesson).toEqual(savedLesson);
			}),
		);
	});

	it('makes exactly the store\'s change for a quiz or practice result: the best kept, attempts counted, a passed quiz done', () => {
		fc.assert(
			fc.property(docArb.filter((doc) => doc.version === 1), idArb, resultArb, (doc, lessonId, result) => {
				const detail = { ...result, lessonId };
				const storage = stored(serialiseDoc(doc));
				const view = saveWithoutStore(storage, lessonId, answered(detail, NOW));
				const after = readProgress(storage.getItem(PROGRESS_KEY));
				expect(after.problem).toBeUndefined();
				expect(after.doc).toEqual(recordResult(readProgress(serialiseDoc(doc)).doc, detail, NOW));
				expect(view).toEqual(lessonView(after.doc.lessons[lessonId]));
			}),
		);
	});

	it('leaves a record whose results are not an object to the store', () => {
		const storage = stored({ format: 'cds-progress', version: 1, lessons: { 'spot-a-scam': { done: false, results: 7 } } });
		const before = storage.getItem(PROGRESS_KEY);
		expect(saveWithoutStore(storage, 'spot-a-scam', answered({ lessonId: 'spot-a-scam', activityId: 'quiz', score: 4, total: 4 }, NOW))).toBeUndefined();
		expect(storage.getItem(PROGRESS_KEY)).toBe(before);
	});

	it('writes back every other value as it was, even one the store would set aside', () => {
		const doc = { format: 'cds-progress', version: 1, theme: 'dark', lessons: { 'use-email': { done: 'yes', results: 7 }, 'spot-a-scam': { done: true, results: {}, note: [1, 2] } } };
		const storage = stored(doc);
		expect(saveWithoutStore(storage, 'spot-a-scam', visited(NOW))).toEqual({ done: true });
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({
			...doc,
			lessons: { ...doc.lessons, 'spot-a-scam': { ...doc.lessons['spot-a-scam'], firstVisit: NOW, lastVisit: NOW } },
		});
	});

	it.each([
		['not JSON', '{"format":"cds-progress",'],
		['another format', { format: 'notes', version: 1, lessons: {} }],
		['a newer edition', { format: 'cds-progress', version: 2, lessons: {} }],
		['no version', { format: 'cds-progress', lessons: {} }],
		['lessons that are not an object', { format: 'cds-progress', version: 1, lessons: [] }],
		['this lesson\'s record not an object', { format: 'cds-progress', version: 1, lessons: { 'spot-a-scam': 'done' } }],
		['an array', [1, 2]],
	])('leaves %s to the store, untouched', (_, value) => {
		const storage = stored(value);
		const before = storage.getItem(PROGRESS_KEY);
		expect(saveWithoutStore(storage, 'spot-a-scam', visited(NOW))).toBeUndefined();
		expect(storage.getItem(PROGRESS_KEY)).toBe(before);
	});

	it('leaves an id that is not a lesson id alone', () => {
		const storage = new FakeStorage();
		expect(saveWithoutStore(storage, '__proto__', visited(NOW))).toBeUndefined();
		expect(storage.length).toBe(0);
	});

	it('gives undefined when storage refuses or is full, so the store can say so', () => {
		const refusing = stored({ format: 'cds-progress', version: 1, lessons: {} });
		refusing.refuse = true;
		expect(saveWithoutStore(refusing, 'spot-a-scam', visited(NOW))).toBeUndefined();
		const full = new FakeStorage({}, { quota: 20 });
		expect(saveWithoutStore(full, 'spot-a-scam', visited(NOW))).toBeUndefined();
		expect(full.getItem(PROGRESS_KEY)).toBeNull();
	});
});

describe('the progress box\'s view of a lesson record', () => {
	it('shows "done" and a sound best quiz score', () => {
		expect(lessonView({ done: true, results: { quiz: { best: 3, total: 4, attempts: 2 } } })).toEqual({ done: true, quiz: { best: 3, total: 4 } });
	});

	it.each([
		['no record', undefined],
		['done that is not true', { done: 'true', results: {} }],
		['a score above the total', { done: false, results: { quiz: { best: 5, total: 4 } } }],
		['a total of 0', { done: false, results: { quiz: { best: 0, total: 0 } } }],
		['a score that is not a whole number', { done: false, results: { quiz: { best: 1.5, total: 4 } } }],
		['results that are not an object', { done: false, results: null }],
		['another activity only', { done: false, results: { 'practice-inbox': { best: 3, total: 3 } } }],
	])('shows nothing for %s', (_, record) => {
		expect(lessonView(record)).toEqual({ done: false });
	});
});
