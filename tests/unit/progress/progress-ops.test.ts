import { describe, expect, it } from 'vitest';
import { recordResult, recordVisit, setDone } from '../../../src/lib/progress/progress-ops';
import { emptyDoc } from '../../../src/lib/progress/progress-document';
import { passes } from '../../../src/lib/progress/done-rule';

const T1 = '2026-11-20T09:00:00.000Z';
const T2 = '2026-11-21T09:00:00.000Z';
const quiz = (score: number, total = 4) => ({ lessonId: 'spot-a-scam', activityId: 'quiz', score, total });

describe('what learners do to their progress', () => {
	it('records the first and the latest visit', () => {
		const doc = recordVisit(recordVisit(emptyDoc(), 'spot-a-scam', T1), 'spot-a-scam', T2);
		expect(doc.lessons['spot-a-scam']).toEqual({ done: false, firstVisit: T1, lastVisit: T2, results: {} });
	});

	it('marks a lesson done and takes the mark off, keeping the first date it was done', () => {
		const done = setDone(emptyDoc(), 'spot-a-scam', true, T1);
		expect(setDone(done, 'spot-a-scam', true, T2).lessons['spot-a-scam']).toMatchObject({ done: true, doneAt: T1 });
		expect(setDone(done, 'spot-a-scam', false, T2).lessons['spot-a-scam']).toEqual({ done: false, results: {}, undoneAt: T2 });
	});

	it('keeps the best quiz score, counts attempts, and leaves the old document alone', () => {
		const first = recordResult(emptyDoc(), quiz(2), T1);
		const second = recordResult(first, quiz(1), T2);
		expect(second.lessons['spot-a-scam']?.results.quiz).toEqual({ best: 2, total: 4, attempts: 2, last: T2 });
		expect(first.lessons['spot-a-scam']?.results.quiz?.attempts).toBe(1);
	});

	it('passing the quiz (three quarters right) marks the lesson done; a practice does not', () => {
		expect([passes(2, 3), passes(3, 3), passes(2, 4), passes(3, 4), passes(3, 5), passes(4, 5), passes(4, 6), passes(5, 6), passes(0, 0)]).toEqual([false, true, false, true, false, true, false, true, false]);
		expect(recordResult(emptyDoc(), quiz(2), T1).lessons['spot-a-scam']?.done).toBe(false);
		expect(recordResult(emptyDoc(), quiz(3), T1).lessons['spot-a-scam']).toMatchObject({ done: true, doneAt: T1 });
		const practice = { lessonId: 'spot-a-scam', activityId: 'practice-inbox', score: 6, total: 6 };
		expect(recordResult(emptyDoc(), practice, T1).lessons['spot-a-scam']).toMatchObject({ done: false, results: { 'practice-inbox': { best: 6, total: 6, attempts: 1 } } });
	});

	it('ignores events with bad ids or impossible scores', () => {
		const doc = emptyDoc();
		for (const bad of [quiz(5), quiz(-1), quiz(1.5), quiz(0, 0), { ...quiz(1), lessonId: '__proto__' }, { ...quiz(1), activityId: 'Quiz!' }]) {
			expect(recordResult(doc, bad, T1)).toBe(doc);
		}
		expect(recordVisit(doc, '', T1)).toBe(doc);
	});
});
