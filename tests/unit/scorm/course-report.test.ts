import { describe, expect, it } from 'vitest';
import { courseReport, keepFinished, quizScore, readMastery } from '../../../src/lib/scorm/course-report';
import type { ProgressDoc } from '../../../src/lib/progress/progress-format';

const ids = ['one', 'two', 'three'];
const doc = (lessons: ProgressDoc['lessons']): ProgressDoc => ({ version: 1, lessons });
const quiz = (best: number, total: number) => ({ quiz: { best, total, attempts: 1 } });

describe('status and score the course reports to the platform', () => {
	it('is incomplete until every lesson of the course is done, then completed', () => {
		expect(courseReport(doc({}), ids)).toEqual({ status: 'incomplete', scoreRaw: undefined });
		expect(courseReport(doc({ one: { done: true, results: {} }, two: { done: true, results: {} } }), ids).status).toBe('incomplete');
		const all = doc(Object.fromEntries(ids.map((id) => [id, { done: true, results: {} }])));
		expect(courseReport(all, ids).status).toBe('completed');
	});

	it('ignores lessons that are not in this edition of the course', () => {
		const all = doc({ ...Object.fromEntries(ids.map((id) => [id, { done: true, results: {} }])), old: { done: false, results: quiz(0, 5) } });
		expect(courseReport(all, ids)).toEqual({ status: 'completed', scoreRaw: undefined });
	});

	it('scores the share of quiz questions right in the best attempt of each quiz taken, 0-100', () => {
		expect(quizScore(doc({ one: { done: true, results: quiz(3, 4) } }), ids)).toBe(75);
		expect(quizScore(doc({ one: { done: true, results: quiz(3, 4) }, two: { done: false, results: quiz(1, 2) } }), ids)).toBe(67);
		// Practice activities do not count: only the lesson quiz ("quiz").
		expect(quizScore(doc({ one: { done: false, results: { 'practice-inbox': { best: 0, total: 5, attempts: 1 } } } }), ids)).toBeUndefined();
	});

	it('says passed when the platform gives a mastery score and the course is complete with a score that reaches it', () => {
		const all = doc({ one: { done: true, results: quiz(4, 5) }, two: { done: true, results: {} }, three: { done: true, results: {} } });
		expect(courseReport(all, ids, 80).status).toBe('passed');
		expect(courseReport(all, ids, 90).status).toBe('completed');
		expect(courseReport(doc({ one: { done: true, results: quiz(5, 5) } }), ids, 80).status).toBe('incomplete');
	});

	it('never takes back a completion already reported', () => {
		expect(keepFinished('completed', 'incomplete')).toBe('completed');
		expect(keepFinished('passed', 'incomplete')).toBe('passed');
		expect(keepFinished('incomplete', 'completed')).toBe('completed');
		expect(keepFinished('not attempted', 'incomplete')).toBe('incomplete');
	});

	it('reads a mastery score only when it is a number from 0 to 100', () => {
		expect(readMastery('80')).toBe(80);
		for (const v of ['', ' ', 'abc', '120', '-1', undefined]) expect(readMastery(v)).toBeUndefined();
	});
});
