import { describe, expect, it } from 'vitest';
import { countMessage } from '../../../src/search/ui/render';

describe('the number of results, as the live region says it', () => {
	it('says "lesson" for one and "lessons" for more', () => {
		expect(countMessage('scam', 1)).toBe('1 lesson found for “scam”.');
		expect(countMessage('scam', 3)).toBe('3 lessons found for “scam”.');
	});
	it('says plainly when nothing was found', () => {
		expect(countMessage('xqzvw', 0)).toBe('No lessons found for “xqzvw”.');
	});
});
