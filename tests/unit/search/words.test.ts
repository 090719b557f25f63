import { describe, expect, it } from 'vitest';
import { indexWords, queryWords } from '../../../src/search/words';

describe('reading words', () => {
	it('folds case and accents, and joins hyphenated words in queries', () => {
		expect(queryWords('Wi-Fi at the CAFÉ? Résumé!')).toEqual(['wifi', 'at', 'the', 'cafe', 'resume']);
		expect(queryWords("don't  click")).toEqual(['dont', 'click']);
	});
	it('indexes a hyphenated word joined and as its parts, so either spelling finds it', () => {
		expect(indexWords('Two-step verification')).toEqual(['twostep', 'two', 'step', 'verification']);
		expect(indexWords('(wi-fi), e-mail.')).toEqual(['wifi', 'wi', 'fi', 'email', 'e', 'mail']);
	});
	it('reads markup-like text as plain words', () => {
		expect(queryWords('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
	});
});
