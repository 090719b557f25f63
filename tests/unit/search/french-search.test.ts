import { describe, expect, it } from 'vitest';
import { sourcesByLanguage } from '../../../src/integrations/search/index';
import { lunrScripts } from '../../../src/integrations/search/write-lunr-script';
import { createLunrEngine } from '../../../src/search/lunr-engine';
import { vocabularyOf } from '../../../src/search/lunr-index';
import { language as french } from '../../../src/search/languages/fr';
import { language as english } from '../../../src/search/languages/en';
import { languageCode } from '../../../src/search/language';
import { languageHome, searchFiles } from '../../../src/search/paths';
import { planQuery } from '../../../src/search/query-plan';
import { createSpeller } from '../../../src/search/spelling';
import { synonymIndex } from '../../../src/search/synonyms';
import { loadSynonyms } from '../../../src/search/synonyms-file';
import type { LunrPayload } from '../../../src/search/types';
import { fixtureSources } from '../../fixtures/search-sources';
import { frenchFixtureQueries, frenchFixtureSources } from '../../fixtures/search-sources.fr';

/** An engine over the offline index script the build writes for a language, read back as the browser would. */
function engineFrom(sources: typeof fixtureSources, language: typeof french) {
	const [script] = lunrScripts(sources, Infinity, language);
	const payload = JSON.parse(script!.text.replace(/^window\.CDS_SEARCH_INDEX=/, '').replace(/;\n$/, '')) as LunrPayload;
	return { path: script!.path, engine: createLunrEngine(payload, language) };
}

const frenchSynonyms = synonymIndex(loadSynonyms(process.cwd(), 'fr').synonyms);
const { engine: frenchEngine, path: frenchPath } = engineFrom(frenchFixtureSources, french);
const frenchSpeller = createSpeller(vocabularyOf(frenchFixtureSources), french.stem);
const frenchIds = async (text: string) => (await frenchEngine.search(planQuery(text, { synonyms: frenchSynonyms, speller: frenchSpeller, stopWords: french.stopWords }), { limit: 5 })).hits.map((h) => h.id);

describe('French offline search (lunr with lunr-languages)', () => {
	it('finds every French fixture query’s lesson first: recall@1 and @5 are 1', async () => {
		const missed: string[] = [];
		for (const { query, expect: id } of frenchFixtureQueries) if ((await frenchIds(query))[0] !== id) missed.push(`${query} -> ${(await frenchIds(query)).join(', ')}`);
		expect(missed).toEqual([]);
	});

	it('marks the word found in the excerpt, after an elision too', async () => {
		const outcome = await frenchEngine.search(planQuery('hameçonnage', { synonyms: frenchSynonyms, speller: frenchSpeller, stopWords: french.stopWords }), { limit: 5 });
		const marked = outcome.hits[0]!.excerpt.filter((s) => s.mark).map((s) => s.text);
		expect(marked).toContain('l’hameçonnage');
	});

	it('stems French words: plurals and verb forms meet their lesson', async () => {
		expect(french.stem('arnaques')).toBe(french.stem('arnaque'));
		expect(french.stem('telephones')).toBe(french.stem('telephone'));
		expect((await frenchIds('colis frauduleux'))[0]).toBe('spot-a-scam');
		expect((await frenchIds('codes de secours'))[0]).toBe('two-step-verification');
	});

	it('leaves French stop words out of a query', () => {
		const plan = planQuery('comment je protège mon compte', { synonyms: frenchSynonyms, speller: frenchSpeller, stopWords: french.stopWords });
		expect(plan.concepts.map((c) => c.typed)).toEqual(['comment', 'protege', 'compte']);
		// English stop words are not French ones: "the" is a word to a French query.
		expect(french.stopWords.has('the')).toBe(false);
		expect(english.stopWords.has('vous')).toBe(false);
	});

	it('keeps the same stop words as the index it queries (lunr-languages’ French list, folded)', () => {
		for (const word of ['vous', 'le', 'de', 'ete', 'etes', 'a']) expect(french.stopWords.has(word)).toBe(true);
	});

	it('writes the French index apart, with the French stemmer named in it', () => {
		expect(frenchPath).toBe('search/fr/lunr-index.js');
		expect(lunrScripts(frenchFixtureSources, Infinity, french)[0]!.text).toContain('stemmer-fr');
		expect(lunrScripts(fixtureSources, Infinity, english)[0]!.path).toBe('search/lunr-index.js');
	});
});

describe('one index per language', () => {
	it('puts French lessons in the French index only, English ones in the English index only', () => {
		const byLanguage = sourcesByLanguage([...fixtureSources, ...frenchFixtureSources]);
		expect(byLanguage.get('en')!.map((s) => s.id)).toEqual(fixtureSources.map((s) => s.id));
		expect(byLanguage.get('fr')!.map((s) => s.path)).toEqual(frenchFixtureSources.map((s) => s.path));
	});

	it('a French query on the French index never returns an English lesson, and the reverse', async () => {
		const { engine: englishEngine } = engineFrom(fixtureSources, english);
		const englishHits = await englishEngine.search(planQuery('mot de passe arnaque', { synonyms: synonymIndex({ groups: [] }), speller: createSpeller([], english.stem) }), { limit: 5 });
		expect(englishHits.hits).toEqual([]);
		const frenchHits = await frenchEngine.search(planQuery('password scam', { synonyms: frenchSynonyms, speller: frenchSpeller, stopWords: french.stopWords }), { limit: 5 });
		expect(frenchHits.hits.every((h) => h.path.startsWith('fr/'))).toBe(true);
	});

	it('reads the page’s language from <html lang>, and names each language’s files', () => {
		expect(languageCode('fr-FR')).toBe('fr');
		expect(languageCode('FR')).toBe('fr');
		expect(languageCode('')).toBe('en');
		expect(languageCode(undefined)).toBe('en');
		expect(searchFiles('fr')).toMatchObject({ ui: 'search/fr/search-ui.js', uiStyles: 'search/fr/search-ui.css', lunrIndex: 'search/fr/lunr-index.js', pagefind: 'pagefind/pagefind.js' });
		expect(searchFiles('en').ui).toBe('search/search-ui.js');
		expect(languageHome('fr')).toBe('fr/');
		expect(languageHome('en')).toBe('');
	});
});

describe('French synonyms (content/fr/search-synonyms.yaml)', () => {
	it('loads without problems and joins what French learners type', () => {
		expect(loadSynonyms(process.cwd(), 'fr').problems).toEqual([]);
		const groupOf = (word: string) => frenchSynonyms.get(word) ?? [];
		expect(groupOf('arnaque')).toEqual(expect.arrayContaining(['escroquerie', 'fraude', 'arnaqueur']));
		expect(groupOf('mot de passe')).toEqual(expect.arrayContaining(['code', 'mdp']));
		expect(groupOf('courriel')).toEqual(expect.arrayContaining(['email', 'mail', 'messagerie']));
		expect(groupOf('cv')).toContain('curriculum');
		expect(groupOf('hameconnage')).toContain('phishing');
		expect(groupOf('double authentification')).toEqual(expect.arrayContaining(['2fa', 'deux etapes']));
		expect(groupOf('wifi')).toContain('reseau');
		expect(groupOf('sms')).toContain('texto');
		expect(groupOf('arnaque par sms')).toContain('faux sms');
	});
});
