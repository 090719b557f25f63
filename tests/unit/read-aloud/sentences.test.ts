import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences, wordAt } from '../../../src/islands/read-aloud/sentences';

const parts = (text: string, max?: number) => splitSentences(text, max).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks, keeping offsets into the text', () => {
		const text = '  Look at the sender. Is it real?\n Call the bank!  ';
		expect(parts(text)).toEqual(['Look at the sender.', 'Is it real?', 'Call the bank!']);
		expect(splitSentences(text)[0]).toEqual({ start: 2, end: 21 });
	});

	it('keeps closing quotes and brackets with their sentence', () => {
		expect(parts('They say “act now.” Do not. (Never reply.) Then stop.')).toEqual(['They say “act now.”', 'Do not.', '(Never reply.)', 'Then stop.']);
	});

	it('does not split at abbreviations, initials or numbers', () => {
		expect(parts('Use a tool, e.g. a password manager. Ask Dr. Lee at 3.30 today. The U.S. agency helps.')).toEqual([
			'Use a tool, e.g. a password manager.',
			'Ask Dr. Lee at 3.30 today.',
			'The U.S. agency helps.',
		]);
	});

	it('reads a heading or list item without a full stop as one sentence', () => {
		expect(parts('Check the address')).toEqual(['Check the address']);
	});

	it('drops pieces with no letter or digit', () => {
		expect(parts(' … — ')).toEqual([]);
		expect(parts('Done. …')).toEqual(['Done.']);
	});

	it('cuts a very long sentence at a comma, else at a space, never mid-word', () => {
		const long = `${'word '.repeat(30)}then, ${'more '.repeat(30)}end.`;
		const cut = parts(long, 200);
		expect(cut.length).toBeGreaterThan(1);
		for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(200);
		expect(cut[0]!.endsWith('then,')).toBe(true);
		expect(cut.join(' ').replace(/\s+/g, ' ')).toBe(long.trim().replace(/\s+/g, ' '));
		const noCommas = 'abc '.repeat(100).trim() + '.';
		for (const piece of parts(noCommas)) {
			expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE);
			expect(piece).toMatch(/^abc( abc)*\.?$/);
		}
	});
});

describe('wordAt', () => {
	it('uses the length the browser gives, else the word up to the next space', () => {
		expect(wordAt('Call the bank now', 5, 3)).toEqual({ start: 5, end: 8 });
		expect(wordAt('Call the bank now', 9)).toEqual({ start: 9, end: 13 });
		expect(wordAt('Call the bank now', 9, 0)).toEqual({ start: 9, end: 13 });
	});
});
