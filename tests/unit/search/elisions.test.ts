import { describe, expect, it } from 'vitest';
import { forPagefind } from '../../../src/integrations/search/write-pagefind';
import { rejoinElisions, rejoinSegments, separateElisions } from '../../../src/search/elisions';
import { language as french } from '../../../src/search/languages/fr';
import { planQuery } from '../../../src/search/query-plan';
import { createSpeller } from '../../../src/search/spelling';
import { synonymIndex } from '../../../src/search/synonyms';

describe('French elisions for search', () => {
	it('separates the word after l’, d’, qu’ and the others, with either apostrophe', () => {
		expect(separateElisions('Repérer l’hameçonnage et l\'arnaque d’identité, qu’un escroc jusqu’ici.')).toBe('Repérer l’ hameçonnage et l\' arnaque d’ identité, qu’ un escroc jusqu’ ici.');
		expect(separateElisions('L’écran')).toBe('L’ écran');
	});

	it('leaves other apostrophes alone: inside a word, at its end, in English', () => {
		expect(separateElisions('aujourd’hui, les élèves’ et don’t')).toBe('aujourd’hui, les élèves’ et don’t');
	});

	it('rejoins them for the learner, in text and across excerpt segments', () => {
		expect(rejoinElisions('Repérer l’ hameçonnage')).toBe('Repérer l’hameçonnage');
		expect(rejoinElisions(separateElisions('d’abord l’arnaque'))).toBe('d’abord l’arnaque');
		expect(rejoinSegments([{ text: 'Repérer l’ ', mark: false }, { text: 'hameçonnage', mark: true }, { text: ' vite.', mark: false }])).toEqual([
			{ text: 'Repérer l’', mark: false },
			{ text: 'hameçonnage', mark: true },
			{ text: ' vite.', mark: false },
		]);
	});

	it('gives Pagefind French pages separated, and other pages as they are', () => {
		expect(forPagefind('<html lang="fr"><body><h1>Repérer l’hameçonnage</h1></body></html>')).toContain('Repérer l’ hameçonnage');
		expect(forPagefind('<html lang="en"><body><h1>Don’t l’hameçonnage</h1></body></html>')).toContain('Don’t l’hameçonnage');
	});

	it('reads a French query’s elided word on its own: "l’arnaque" asks for "arnaque"', () => {
		const plan = planQuery('l’arnaque d\'identité', { synonyms: synonymIndex({ groups: [] }), speller: createSpeller([], french.stem), stopWords: french.stopWords, separate: french.separateWords });
		expect(plan.concepts.map((c) => c.typed)).toEqual(['arnaque', 'identite']);
	});
});
