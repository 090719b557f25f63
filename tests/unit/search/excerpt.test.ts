import { describe, expect, it } from 'vitest';
import { markWords, segmentsFromMarkedHtml } from '../../../src/search/excerpt';

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
