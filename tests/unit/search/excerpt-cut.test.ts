import { describe, expect, it } from 'vitest';
import { cutExcerpt, ELLIPSIS } from '../../../src/search/excerpt-cut';
import { markWords, type Segment } from '../../../src/search/excerpt';

const marked = (text: string, word: string) => markWords(text, (w) => w.toLowerCase() === word);
const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('cutting excerpts', () => {
	it('keeps a short text whole, with no ellipsis', () => {
		const text = 'A scam text asks you to click a link. Never click it.';
		expect(cutExcerpt(marked(text, 'scam'))).toEqual(marked(text, 'scam'));
	});

	it('keeps whole sentences when they fit: the one with most matches, then the next', () => {
		const text = 'Banks never ask for your PIN. A scam text looks urgent. It asks you to act now. ' + 'Report it to your bank. '.repeat(8);
		const cut = plain(cutExcerpt(marked(text, 'scam'), { max: 60 }));
		expect(cut).toBe('A scam text looks urgent. It asks you to act now.');
	});

	it('cuts a long sentence between words, with an ellipsis at each cut, and keeps the marks', () => {
		const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen scam sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree'.split(' ');
		const text = `${words.join(' ')}.`;
		const cut = cutExcerpt(marked(text, 'scam'), { max: 50 });
		const shown = plain(cut);
		expect(shown.startsWith(ELLIPSIS)).toBe(true);
		expect(shown.endsWith(ELLIPSIS)).toBe(true);
		const body = shown.slice(1, -1);
		expect(body.length).toBeLessThanOrEqual(50);
		// Every word shown is a whole word of the text.
		for (const word of body.split(' ')) expect(words).toContain(word);
		expect(cut.filter((s) => s.mark).map((s) => s.text)).toEqual(['scam']);
	});

	it('never ends a cut on a comma before the ellipsis', () => {
		const text = 'A scam message says your account is locked, your parcel is waiting, or you won a prize, so act now.';
		expect(plain(cutExcerpt(marked(text, 'scam'), { max: 45 }))).toBe(`A scam message says your account is locked${ELLIPSIS}`);
	});

	it('adds an ellipsis where the text it was given was itself cut mid-sentence', () => {
		const shown = plain(cutExcerpt(marked('send a scam text to many people', 'scam'), { cutBefore: true, cutAfter: true }));
		expect(shown).toBe(`${ELLIPSIS}send a scam text to many people${ELLIPSIS}`);
	});

	it('gives nothing for an empty text', () => {
		expect(cutExcerpt([])).toEqual([]);
		expect(cutExcerpt([{ text: '   ', mark: false }])).toEqual([]);
	});
});
