import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { countWords, proseBlocks, readability, splitSentences } from '../../src/content-layer/readability';

describe('readability', () => {
	it('reads only the prose a learner reads: no trainer notes, code, headings or frontmatter', () => {
		const tree = mdxToMdast('---\nid: x\n---\n\n## A heading\n\nFirst line here.\n\n- A list item\n\n<TrainerNote>\nSecret words.\n</TrainerNote>\n\n```\ncode here\n```\n');
		expect(proseBlocks(tree)).toEqual(['First line here.', 'A list item']);
	});
	it('splits sentences and counts words', () => {
		expect(splitSentences('Open the browser. Type the address! Is it right? Yes.')).toEqual(['Open the browser.', 'Type the address!', 'Is it right?', 'Yes.']);
		expect(countWords("Don't share your 6-digit code.")).toBe(5);
	});
	it('gives plain text a low grade and dense text a high one', () => {
		const plain = readability(['Use a long password. Make it from three words. Do not use it twice.']);
		const dense = readability(['Authentication mechanisms incorporating cryptographic credentials substantially mitigate unauthorized credential compromise vulnerabilities.']);
		expect(plain.grade).toBeLessThan(4);
		expect(dense.grade).toBeGreaterThan(15);
		expect(plain).toMatchObject({ words: 14, sentences: 3, wordsPerSentence: 4.7 });
	});
});
