import { describe, expect, it } from 'vitest';
import { stampNow, takesOver, windowId } from '../../../src/islands/deck/deck-stamp';

// Two windows, the slides ("s") and the notes ("n"); a stamp at 0 is a state no one has acted on.
const stamp = (at: number, by: string) => ({ at, by });

describe('deck stamps: the last action wins', () => {
	it('takes a newer state and ignores an older one', () => {
		expect(takesOver(stamp(2000, 's'), stamp(1000, 'n'))).toBe(true);
		expect(takesOver(stamp(1000, 's'), stamp(2000, 'n'))).toBe(false);
		// The race: the slides' answer to a hello comes after a key pressed in the notes.
		expect(takesOver(stamp(0, 's'), stamp(1000, 'n'))).toBe(false);
		expect(takesOver(stamp(1000, 'n'), stamp(0, 's'))).toBe(true);
	});
	it('breaks a tie by id the same way in both windows, so both end on one state', () => {
		const slides = stamp(1000, 's');
		const notes = stamp(1000, 'n');
		expect(takesOver(slides, notes)).toBe(true);
		expect(takesOver(notes, slides)).toBe(false);
	});
	it('lets a window that just joined take the answering window\'s state when no one has acted', () => {
		expect(takesOver(stamp(0, 's'), stamp(0, 'n'))).toBe(true);
		expect(takesOver(stamp(0, 'n'), stamp(0, 's'))).toBe(true);
	});
	it('ignores an echo or a duplicate of the state held', () => {
		expect(takesOver(stamp(1000, 'n'), stamp(1000, 'n'))).toBe(false);
		expect(takesOver(stamp(0, 's'), stamp(0, 's'))).toBe(false);
	});
	it('stamps a local action now, or just after the state held if the clock has not moved on', () => {
		expect(stampNow(stamp(0, 's'), 'n', 5000)).toEqual(stamp(5000, 'n'));
		const again = stampNow(stamp(5000, 's'), 'n', 5000);
		expect(again).toEqual(stamp(5001, 'n'));
		expect(takesOver(again, stamp(5000, 's'))).toBe(true);
	});
	it('gives each window its own id', () => {
		expect(windowId()).not.toBe(windowId());
		expect(windowId()).toMatch(/^[a-z0-9]+$/);
	});
});
