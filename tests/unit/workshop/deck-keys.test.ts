import { describe, expect, it } from 'vitest';
import { DeckKeys } from '../../../src/islands/deck/deck-keys';

describe('deck keys', () => {
	it('maps arrows, clicker keys and the space bar to moves', () => {
		const keys = new DeckKeys();
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(keys.command({ key })).toEqual({ type: 'next' });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keys.command({ key })).toEqual({ type: 'previous' });
		expect(keys.command({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' });
		expect(keys.command({ key: 'Home' })).toEqual({ type: 'first' });
		expect(keys.command({ key: 'End' })).toEqual({ type: 'last' });
	});
	it('maps F, B, the full stop, A, T and ?', () => {
		const keys = new DeckKeys();
		expect(keys.command({ key: 'f' })).toEqual({ type: 'fullscreen' });
		expect(keys.command({ key: 'B' })).toEqual({ type: 'toggle-blank' });
		expect(keys.command({ key: '.' })).toEqual({ type: 'toggle-blank' });
		expect(keys.command({ key: 'a' })).toEqual({ type: 'toggle-answer' });
		expect(keys.command({ key: 't' })).toEqual({ type: 'theme' });
		expect(keys.command({ key: '?' })).toEqual({ type: 'help' });
	});
	it('collects digits and jumps on Enter', () => {
		const keys = new DeckKeys();
		expect(keys.command({ key: '1' })).toEqual({ type: 'typing', digits: '1' });
		expect(keys.command({ key: '2' })).toEqual({ type: 'typing', digits: '12' });
		expect(keys.command({ key: 'Enter' })).toEqual({ type: 'goto', number: 12 });
		expect(keys.digits).toBe('');
		expect(keys.command({ key: 'Enter' })).toBeUndefined();
	});
	it('forgets typed digits on Escape or any other key', () => {
		const keys = new DeckKeys();
		keys.command({ key: '4' });
		expect(keys.command({ key: 'Escape' })).toEqual({ type: 'cancel' });
		keys.command({ key: '4' });
		expect(keys.command({ key: 'ArrowRight' })).toEqual({ type: 'next' });
		expect(keys.command({ key: 'Enter' })).toBeUndefined();
	});
	it('leaves browser shortcuts alone', () => {
		const keys = new DeckKeys();
		expect(keys.command({ key: 'f', ctrlKey: true })).toBeUndefined();
		expect(keys.command({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
		expect(keys.command({ key: 'r', metaKey: true })).toBeUndefined();
		expect(keys.command({ key: 'x' })).toBeUndefined();
	});
});
