import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { digestLesson } from '../../src/lib/lesson-digest';

describe('digestLesson', () => {
	it('keeps the simulations a lesson embeds, so practice pages need no syntax tree', () => {
		const tree = mdxToMdast('## Try it\n\n<PracticeInbox data="spot-the-scam" />\n\n<PracticeBrowser data="check-a-link" />\n\n<PracticeInbox data="spot-the-scam" />\n');
		const digest = digestLesson({ tree, data: { minutes: 10, keyPoints: [], quiz: [] } as never });
		expect(digest.practice).toEqual([
			{ kind: 'PracticeInbox', data: 'spot-the-scam' },
			{ kind: 'PracticeBrowser', data: 'check-a-link' },
		]);
	});

	it('gives no simulations for a lesson without one', () => {
		const digest = digestLesson({ tree: mdxToMdast('## Only words\n\nText.\n'), data: { minutes: 5, keyPoints: [], quiz: [] } as never });
		expect(digest.practice).toEqual([]);
	});
});
