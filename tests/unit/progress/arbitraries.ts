import fc from 'fast-check';
import type { ActivityResult, LessonRecord, ProgressDoc } from '../../../src/lib/progress/progress-format';

/** Random but valid progress documents, in the canonical form the reader produces. */
export const lessonIds = ['strong-passwords', 'spot-a-scam', 'use-email', 'constructor', 'old-lesson'];
export const idArb = fc.constantFrom(...lessonIds);
export const dateArb = fc
	.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
	.map((t) => new Date(t).toISOString());

export const activityArb: fc.Arbitrary<ActivityResult> = fc
	.record({ total: fc.integer({ min: 1, max: 8 }), attempts: fc.integer({ min: 1, max: 9 }), last: fc.option(dateArb, { nil: undefined }), ratio: fc.double({ min: 0, max: 1, noNaN: true }) })
	.map(({ total, attempts, last, ratio }) => {
		const result: ActivityResult = { best: Math.round(ratio * total), total, attempts };
		if (last) result.last = last;
		return result;
	});

export const lessonArb: fc.Arbitrary<LessonRecord> = fc
	.record({
		done: fc.boolean(),
		doneAt: fc.option(dateArb, { nil: undefined }),
		firstVisit: fc.option(dateArb, { nil: undefined }),
		lastVisit: fc.option(dateArb, { nil: undefined }),
		results: fc.dictionary(fc.constantFrom('quiz', 'practice-inbox'), activityArb, { maxKeys: 2, noNullPrototype: true }),
		extra: fc.option(fc.dictionary(fc.constantFrom('note', 'colour'), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, noNullPrototype: true }), { nil: undefined }),
	})
	.map(({ done, doneAt, firstVisit, lastVisit, results, extra }) => {
		const lesson: LessonRecord = { done, results };
		if (done && doneAt) lesson.doneAt = doneAt;
		if (firstVisit) lesson.firstVisit = firstVisit;
		if (lastVisit) lesson.lastVisit = lastVisit;
		return extra ? { ...extra, ...lesson } : lesson;
	});

export const docArb: fc.Arbitrary<ProgressDoc> = fc
	.record({ version: fc.integer({ min: 1, max: 3 }), lessons: fc.dictionary(idArb, lessonArb, { maxKeys: 5, noNullPrototype: true }), extra: fc.option(fc.dictionary(fc.constantFrom('theme', '__proto__'), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, noNullPrototype: true }), { nil: undefined }) })
	.map(({ version, lessons, extra }) => (extra ? { ...extra, version, lessons } : { version, lessons }));
