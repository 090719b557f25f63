import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { practiceAnchor, practiceUses } from '../../src/content-layer/practice-uses';

describe('practiceUses', () => {
	it('lists each simulation a lesson embeds, in order, once each', () => {
		const mdx = [
			'# Title',
			'',
			'<PracticeForm data="sign-up-form" />',
			'',
			'Some text with <Term>inline</Term>.',
			'',
			'<Callout>',
			'  <PracticeInbox data="spot-the-scam" />',
			'</Callout>',
			'',
			'<PracticeForm data="sign-up-form" />',
		].join('\n');
		expect(practiceUses(mdxToMdast(mdx))).toEqual([
			{ kind: 'PracticeForm', data: 'sign-up-form' },
			{ kind: 'PracticeInbox', data: 'spot-the-scam' },
		]);
	});

	it('ignores other components, and a simulation with no data name', () => {
		expect(practiceUses(mdxToMdast('<Quiz data="x" />\n\n<PracticeBrowser />\n\n<PracticeBrowser data={name} />'))).toEqual([]);
	});

	it('gives each simulation an anchor on its lesson page', () => {
		expect(practiceAnchor('browser-basics')).toBe('practice-browser-basics');
	});
});
