import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSynonyms } from '../../../src/search/synonyms-file';

function projectWith(yaml: string | undefined): string {
	const root = mkdtempSync(join(tmpdir(), 'cds-synonyms-'));
	mkdirSync(join(root, 'content'));
	if (yaml !== undefined) writeFileSync(join(root, 'content', 'search-synonyms.yaml'), yaml);
	return root;
}

describe('content/search-synonyms.yaml', () => {
	it('the course file itself is valid', () => {
		const { synonyms, problems } = loadSynonyms();
		expect(problems).toEqual([]);
		expect(synonyms.groups.length).toBeGreaterThanOrEqual(10);
		const all = synonyms.groups.flat();
		for (const word of ['scam', 'fraud', 'resume', 'cv', 'shop', 'store', 'business', 'wifi', 'internet', 'meetup', 'event', 'organise', 'organize']) {
			expect(all).toContain(word);
		}
	});
	it('is optional: no file, no synonyms', () => {
		expect(loadSynonyms(projectWith(undefined))).toEqual({ synonyms: { groups: [] }, problems: [] });
	});
	it('explains a group with one word, a bad character and a long phrase', () => {
		const { problems } = loadSynonyms(projectWith('groups:\n  - [scam]\n  - [wifi, "wi<fi>"]\n  - [email, send an email now]\n'));
		expect(problems).toMatchInlineSnapshot(`
			[
			  {
			    "field": "groups[0]",
			    "file": "content/search-synonyms.yaml",
			    "fix": "add items to "groups[0]" until there are at least 2.",
			    "problem": "needs at least 2 item(s).",
			  },
			  {
			    "field": "groups[1][1]",
			    "file": "content/search-synonyms.yaml",
			    "fix": "correct the value of "groups[1][1]".",
			    "problem": ""wi<fi>" is not valid: use letters, digits, spaces, hyphens and apostrophes only.",
			  },
			  {
			    "field": "groups[2][1]",
			    "file": "content/search-synonyms.yaml",
			    "fix": "correct the value of "groups[2][1]".",
			    "problem": "keep it to three words at most.",
			  },
			]
		`);
	});
	it('refuses a word in two groups, which would silently merge them', () => {
		const { problems } = loadSynonyms(projectWith('groups:\n  - [scam, fraud]\n  - [Fraud, con]\n'));
		expect(problems).toEqual([
			{ file: 'content/search-synonyms.yaml', field: 'groups[1]', problem: '"Fraud" is already in group 1.', fix: 'keep each word in one group only, or merge the two groups.' },
		]);
	});
	it('explains YAML that cannot be read', () => {
		const { problems } = loadSynonyms(projectWith('groups: [scam, fraud\n'));
		expect(problems[0]).toMatchObject({ file: 'content/search-synonyms.yaml', field: 'YAML', fix: 'check indentation and quotes.' });
	});
});
