import { describe, expect, it } from 'vitest';
import { markWords, markWordsAt, segmentsFromMarkedHtml } from '../../../src/search/excerpt';

describe('excerpts', () => {
	it('marks the matching words of plain text and keeps everything else as it was', () => {
		expect(markWords('A scam text, a scam call.', (w) => w.toLowerCase() === 'scam')).toEqual([
			{ text: 'A ', mark: false },
			{ text: 'scam', mark: true },
			{ text: ' text, a ', mark: false },
			{ text: 'scam', mark: true },
			{ text: ' call.', mark: false },
		]);
	});
	it("reads Pagefind's marked excerpt as text, decoding entities and dropping any other tag", () => {
		expect(segmentsFromMarkedHtml('Never &lt;b&gt; <mark>click</mark> <img src=x onerror=alert(1)>links &amp; <mark>texts.</mark>')).toEqual([
			{ text: 'Never <b> ', mark: false },
			{ text: 'click', mark: true },
			{ text: ' links & ', mark: false },
			{ text: 'texts.', mark: true },
		]);
	});
});

describe("Pagefind's word positions", () => {
	it('marks the words at the positions, counted between whitespace, without their punctuation', () => {
		expect(markWordsAt('Spot a  scam. Scams\nare common', [2, 3])).toEqual([
			{ text: 'Spot', mark: false },
			{ text: ' ', mark: false },
			{ text: 'a', mark: false },
			{ text: '  ', mark: false },
			{ text: 'scam', mark: true },
			{ text: '.', mark: false },
			{ text: ' ', mark: false },
			{ text: 'Scams', mark: true },
			{ text: '\n', mark: false },
			{ text: 'are', mark: false },
			{ text: ' ', mark: false },
			{ text: 'common', mark: false },
		]);
	});
});
