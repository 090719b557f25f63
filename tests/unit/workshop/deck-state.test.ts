import { describe, expect, it } from 'vitest';
import { hashFor, indexFromHash, initialState, reduce, type DeckShape } from '../../../src/islands/deck/deck-state';

// Five slides; the third (index 2) is a quiz question.
const shape: DeckShape = { count: 5, hasAnswer: (i) => i === 2 };
const at = (index: number, more = {}) => ({ ...initialState, index, ...more });

describe('deck state', () => {
	it('moves forward and back, and stops at both ends', () => {
		expect(reduce(at(0), { type: 'next' }, shape)).toEqual(at(1));
		expect(reduce(at(1), { type: 'previous' }, shape)).toEqual(at(0));
		expect(reduce(at(0), { type: 'previous' }, shape)).toEqual(at(0));
		expect(reduce(at(4), { type: 'next' }, shape)).toEqual(at(4));
		expect(reduce(at(3), { type: 'first' }, shape)).toEqual(at(0));
		expect(reduce(at(0), { type: 'last' }, shape)).toEqual(at(4));
	});
	it('reveals a question\'s answer before moving on, and hides it on the way back', () => {
		const revealed = reduce(at(2), { type: 'next' }, shape);
		expect(revealed).toEqual(at(2, { revealed: true }));
		expect(reduce(revealed, { type: 'next' }, shape)).toEqual(at(3));
		expect(reduce(revealed, { type: 'previous' }, shape)).toEqual(at(2));
		expect(reduce(at(2), { type: 'toggle-answer' }, shape)).toEqual(at(2, { revealed: true }));
		expect(reduce(at(1), { type: 'toggle-answer' }, shape)).toEqual(at(1));
	});
	it('jumps to a slide number and ignores numbers out of range', () => {
		expect(reduce(at(0), { type: 'goto', number: 4 }, shape)).toEqual(at(3));
		expect(reduce(at(1), { type: 'goto', number: 9 }, shape)).toEqual(at(1));
		expect(reduce(at(1), { type: 'goto', number: 0 }, shape)).toEqual(at(1));
	});
	it('blanks the screen, and the first move only brings the slide back', () => {
		const blank = reduce(at(1), { type: 'toggle-blank' }, shape);
		expect(blank).toEqual(at(1, { blank: true }));
		expect(reduce(blank, { type: 'next' }, shape)).toEqual(at(1));
		expect(reduce(blank, { type: 'toggle-blank' }, shape)).toEqual(at(1));
		expect(reduce(blank, { type: 'goto', number: 5 }, shape)).toEqual(at(4));
	});
	it('writes and reads the address hash', () => {
		expect(hashFor(2)).toBe('#slide-3');
		expect(indexFromHash('#slide-3', 5)).toBe(2);
		for (const hash of ['', '#slide-0', '#slide-6', '#slide-x', '#main']) expect(indexFromHash(hash, 5)).toBeUndefined();
	});
});
