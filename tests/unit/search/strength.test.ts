import { describe, expect, it } from 'vitest';
import { countStrong, MAX_STRONG, STRONG_SHARE } from '../../../src/search/strength';

describe('results that match well (shown before "More results")', () => {
	it('are those that score at least a share of the best one', () => {
		expect(countStrong([10, 8, 10 * STRONG_SHARE, 10 * STRONG_SHARE - 0.01, 1])).toBe(3);
		expect(countStrong([16, 2.1, 2, 1.7])).toBe(1);
	});

	it('are never more than a screenful, even when all score alike', () => {
		expect(countStrong([5, 5, 5, 5, 5, 5, 5, 5])).toBe(MAX_STRONG);
	});

	it('always include the best result, and none when nothing matched', () => {
		expect(countStrong([0.01])).toBe(1);
		expect(countStrong([])).toBe(0);
	});

	it('fall back to the first few when the engine gives no scores', () => {
		expect(countStrong([0, 0, 0, 0, 0, 0, 0])).toBe(MAX_STRONG);
	});
});
