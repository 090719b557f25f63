import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDocs, mergeLesson } from '../../../src/lib/progress/progress-merge';
import { type LessonRecord, type ProgressDoc } from '../../../src/lib/progress/progress-format';
import { serialiseDoc } from '../../../src/lib/progress/progress-document';
import { docArb } from './arbitraries';

const json = (doc: ProgressDoc) => serialiseDoc(doc);

describe('merging progress keeps the better result of each lesson', () => {
	it('keeps done over not done, the best score, the most attempts, the earliest first visit and the latest visit', () => {
		const here: LessonRecord = { done: false, firstVisit: '2026-11-02T00:00:00.000Z', lastVisit: '2026-11-02T00:00:00.000Z', results: { quiz: { best: 3, total: 4, attempts: 1 } } };
		const there: LessonRecord = {
			done: true,
			doneAt: '2026-11-05T00:00:00.000Z',
			firstVisit: '2026-11-01T00:00:00.000Z',
			lastVisit: '2026-11-01T00:00:00.000Z',
			results: { quiz: { best: 2, total: 4, attempts: 3, last: '2026-11-05T00:00:00.000Z' }, 'practice-inbox': { best: 5, total: 6, attempts: 1 } },
		};
		expect(mergeLesson(here, there)).toEqual({
			done: true,
			doneAt: '2026-11-05T00:00:00.000Z',
			firstVisit: '2026-11-01T00:00:00.000Z',
			lastVisit: '2026-11-02T00:00:00.000Z',
			results: { quiz: { best: 3, total: 4, attempts: 3, last: '2026-11-05T00:00:00.000Z' }, 'practice-inbox': { best: 5, total: 6, attempts: 1 } },
		});
	});

	it('compares scores as fractions, so a changed quiz length is fair', () => {
		const a: LessonRecord = { done: false, results: { quiz: { best: 3, total: 4, attempts: 1 } } };
		const b: LessonRecord = { done: false, results: { quiz: { best: 4, total: 5, attempts: 1 } } };
		expect(mergeLesson(a, b).results.quiz).toMatchObject({ best: 4, total: 5 });
		expect(mergeLesson(b, a).results.quiz).toMatchObject({ best: 4, total: 5 });
	});

	it('keeps lessons only one side has, and unknown fields from both', () => {
		const a: ProgressDoc = { version: 1, theme: 'dark', lessons: { 'spot-a-scam': { done: true, results: {}, stars: 1 } } };
		const b: ProgressDoc = { version: 2, streak: 2, lessons: { 'spot-a-scam': { done: false, results: {}, hints: 2 }, 'old-lesson': { done: true, results: {}, stars: 3 } } };
		expect(mergeDocs(a, b)).toEqual({
			version: 2,
			theme: 'dark',
			streak: 2,
			lessons: { 'spot-a-scam': { done: true, results: {}, stars: 1, hints: 2 }, 'old-lesson': { done: true, results: {}, stars: 3 } },
		});
	});

	it('property: merging is idempotent, commutative and associative', () => {
		fc.assert(
			fc.property(docArb, docArb, docArb, (a, b, c) => {
				expect(JSON.parse(json(mergeDocs(a, a)))).toEqual(JSON.parse(json(a)));
				expect(JSON.parse(json(mergeDocs(a, b)))).toEqual(JSON.parse(json(mergeDocs(b, a))));
				expect(JSON.parse(json(mergeDocs(mergeDocs(a, b), c)))).toEqual(JSON.parse(json(mergeDocs(a, mergeDocs(b, c)))));
			}),
			{ numRuns: 200 },
		);
	}, 30_000);

	it('property: the merge is never worse than either side for any lesson', () => {
		fc.assert(
			fc.property(docArb, docArb, (a, b) => {
				const merged = mergeDocs(a, b);
				for (const side of [a, b]) {
					for (const [id, lesson] of Object.entries(side.lessons)) {
						const m = merged.lessons[id]!;
						if (lesson.done) expect(m.done).toBe(true);
						for (const [activity, r] of Object.entries(lesson.results)) {
							const mr = m.results[activity]!;
							expect(mr.best * r.total).toBeGreaterThanOrEqual(r.best * mr.total);
							expect(mr.attempts).toBeGreaterThanOrEqual(r.attempts);
						}
					}
				}
			}),
			{ numRuns: 200 },
		);
	}, 30_000);
});
