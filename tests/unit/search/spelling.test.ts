import { describe, expect, it } from 'vitest';
import { createSpeller, editDistance } from '../../../src/search/spelling';
import { lunrStem } from '../../../src/search/lunr-engine';

const speller = createSpeller(['password', 'passwords', 'phishing', 'scam', 'message', 'attachment', 'room', 'browser', 'scams', 'scammer'], lunrStem);

describe('spelling correction', () => {
	it('counts a swap of two letters as one change', () => {
		expect(editDistance('emial', 'email')).toBe(1);
		expect(editDistance('pasword', 'password')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	});
	it('corrects common typos of longer words to words the lessons use', () => {
		expect(speller.correct('pasword')).toBe('password');
		expect(speller.correct('phising')).toBe('phishing');
		expect(speller.correct('mesage')).toBe('message');
		expect(speller.correct('atachmnet')).toBe('attachment');
	});
	it('leaves known words, other forms of known words, short words and numbers alone', () => {
		expect(speller.correct('browsers')).toBe('browsers');
		expect(speller.correct('zoom')).toBe('zoom');
		expect(speller.correct('covid19')).toBe('covid19');
	});
	it('never changes the first letter, and leaves a word it cannot place as typed', () => {
		expect(speller.correct('brwser')).toBe('browser');
		expect(speller.correct('rbowser')).toBe('rbowser');
		expect(speller.correct('interview')).toBe('interview');
	});
	it('keeps a word still being typed when a known word starts with it', () => {
		expect(speller.correct('scamm', true)).toBe('scamm');
		expect(speller.correct('scamm')).toBe('scam');
	});
});
