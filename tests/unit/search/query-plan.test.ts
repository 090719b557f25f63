import { describe, expect, it } from 'vitest';
import { correctedText, planQuery } from '../../../src/search/query-plan';
import { createSpeller } from '../../../src/search/spelling';
import { synonymIndex } from '../../../src/search/synonyms';

const synonyms = synonymIndex({ groups: [['scam', 'fraud'], ['text message', 'sms'], ['resume', 'CV'], ['wi-fi', 'internet']] });
const speller = createSpeller(['password', 'message', 'scam', 'fraud', 'text', 'resume', 'internet']);
const plan = (text: string) => planQuery(text, { synonyms, speller });

describe('reading a query', () => {
	it('drops filler words and keeps each idea with its synonyms', () => {
		const { concepts } = plan('how do I report a scam ');
		expect(concepts.map((c) => c.typed)).toEqual(['report', 'scam']);
		expect(concepts[1]!.alternatives).toEqual([
			{ words: ['scam'], synonym: false },
			{ words: ['fraud'], synonym: true },
		]);
	});
	it('matches synonym phrases of several words, and finds phrases from single words', () => {
		expect(plan('scam text message ').concepts.map((c) => c.alternatives.map((a) => a.words.join(' ')))).toEqual([
			['scam', 'fraud'],
			['text message', 'sms'],
		]);
		expect(plan('my CV').concepts[0]!.alternatives.map((a) => a.words.join(' '))).toEqual(['cv', 'resume']);
		expect(plan('wifi').concepts[0]!.alternatives.map((a) => a.words.join(' '))).toEqual(['wifi', 'internet']);
	});
	it('leaves out synonyms the lessons never use, but keeps short ones the vocabulary does not list', () => {
		const withUnused = synonymIndex({ groups: [['password', 'passcode', 'pin'], ['scam', 'swindle']] });
		const read = (text: string) => planQuery(text, { synonyms: withUnused, speller }).concepts[0]!.alternatives.map((a) => a.words.join(' '));
		expect(read('password ')).toEqual(['password', 'pin']);
		expect(read('scam ')).toEqual(['scam']);
	});
	it('corrects typos and says so', () => {
		const result = plan('pasword ');
		expect(result.corrections).toEqual([{ typed: 'pasword', used: 'password' }]);
		expect(correctedText(result)).toBe('password');
	});
	it('asks for near spellings only of longer words the lessons do not use', () => {
		expect(plan('scam messages rbowser sms ').concepts.map((c) => [c.typed, c.fuzzy])).toEqual([
			['scam', false],
			['messages', false],
			['rbowser', true],
			['sms', false],
		]);
	});
	it('marks the last word as partial only while the learner is still typing it', () => {
		expect(plan('strong pass').concepts.map((c) => c.partial)).toEqual([false, true]);
		expect(plan('strong pass ').concepts.map((c) => c.partial)).toEqual([false, false]);
	});
	it('gives nothing to search for a query of filler words or symbols only', () => {
		expect(plan('how do I').concepts).toEqual([]);
		expect(plan('?!  ...').concepts).toEqual([]);
		expect(plan('x 1 a').concepts).toEqual([]);
	});
});
