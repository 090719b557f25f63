import { describe, expect, it } from 'vitest';
import { createLunrEngine } from '../../../src/search/lunr-engine';
import { buildLunrIndex, vocabularyOf } from '../../../src/search/lunr-index';
import { packIndex, type LunrIndexJson } from '../../../src/search/lunr-pack';
import { planQuery } from '../../../src/search/query-plan';
import { createSpeller } from '../../../src/search/spelling';
import { synonymIndex } from '../../../src/search/synonyms';
import { lunrStem } from '../../../src/search/lunr-engine';
import { fixtureSources } from '../../fixtures/search-sources';

const engine = createLunrEngine({
	index: JSON.parse(JSON.stringify(packIndex(buildLunrIndex(fixtureSources).toJSON() as unknown as LunrIndexJson))),
	docs: fixtureSources.map(({ id, title, module, minutes, path, passages }) => ({ id, title, module, minutes, path, passages })),
});
const synonyms = synonymIndex({ groups: [['scam', 'fraud'], ['resume', 'cv'], ['wifi', 'internet', 'wireless'], ['text message', 'sms']] });
const speller = createSpeller(vocabularyOf(fixtureSources), lunrStem);
const search = (text: string, module?: string) => engine.search(planQuery(text, { synonyms, speller }), { limit: 5, module });
const ids = async (text: string, module?: string) => (await search(text, module)).hits.map((h) => h.id);

describe('the offline engine (lunr) over a serialised index', () => {
	it('finds lessons from the words learners type, stemmed', async () => {
		expect((await ids('scam text messages'))[0]).toBe('spot-a-scam');
		expect((await ids('passwords'))[0]).toBe('strong-passwords');
		expect((await ids('how do I open a website'))[0]).toBe('use-a-web-browser');
	});
	it('tolerates typos in longer words', async () => {
		expect((await ids('pasword'))[0]).toBe('strong-passwords');
		expect((await ids('phising emails'))[0]).toBe('spot-a-scam');
		// A slip on the first letter, which the speller leaves alone: lunr's own fuzzy match finds it.
		expect((await ids('rbowser'))[0]).toBe('use-a-web-browser');
	});
	it('finds a lesson through a synonym it never uses', async () => {
		expect((await ids('fraud'))[0]).toBe('spot-a-scam');
		expect((await ids('wireless'))[0]).toBe('ways-to-get-online');
		expect(await ids('resume')).toContain('email-basics');
	});
	it('matches the start of a word still being typed', async () => {
		expect((await ids('passphr'))[0]).toBe('strong-passwords');
	});
	it('says how many results match well, ranked first, and cuts their excerpts to sentences', async () => {
		const outcome = await search('scam text messages');
		expect(outcome.strong).toBeGreaterThanOrEqual(1);
		expect(outcome.strong).toBeLessThanOrEqual(outcome.total);
		expect(outcome.hits[0]!.score).toBeGreaterThan(0);
		const scores = outcome.hits.map((h) => h.score);
		expect(scores).toEqual([...scores].sort((x, y) => y - x));
		for (const hit of outcome.hits) expect(hit.excerpt.map((s) => s.text).join('').length).toBeLessThanOrEqual(182);
	});
	it('filters by module', async () => {
		const found = await ids('online', 'Getting started online');
		expect(found.length).toBeGreaterThan(0);
		expect(found).not.toContain('spot-a-scam');
	});
	it('returns title, module, site path, minutes and an excerpt with the matched words marked', async () => {
		const { hits, total } = await search('scam');
		expect(total).toBeGreaterThan(0);
		expect(hits[0]).toMatchObject({ id: 'spot-a-scam', title: 'Spot a scam', module: 'Staying safe online', path: 'staying-safe/spot-a-scam/', minutes: 15 });
		expect(hits[0]!.excerpt.some((s) => s.mark && /scam/i.test(s.text))).toBe(true);
	});
	it('finds nothing, without failing, for nonsense or markup', async () => {
		expect(await ids('xqzvw')).toEqual([]);
		expect(await ids('<img src=x onerror=alert(1)>')).toEqual([]);
		expect(await ids('')).toEqual([]);
	});
});
