import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';
import { trainerNoteTexts } from '../support/trainer-notes';
import { offlineIndex, pagefindFragments } from '../support/search/built-indexes';
import { lunrStem } from '../../src/search/lunr-engine';
import { searchRequests } from '../support/search/requests';
import { queryWords } from '../../src/search/words';
import { lessonFacts } from '../support/search/lessons';

const scams = lessonFacts('spot-a-scam');

test('the hosted site searches with Pagefind, whose WebAssembly the page policy allows', async ({ page }) => {
	const requested = searchRequests(page);
	await page.goto('search/?q=scam');
	await expect(page.locator('.search-hit')).not.toHaveCount(0);
	expect(requested().some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
	expect(requested().some((url) => url.includes('/search/lunr-index.js'))).toBe(false);
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
});

test('when Pagefind cannot load, search answers from the offline index', async ({ page, guards }) => {
	const requested = searchRequests(page);
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto('search/?q=phishing');
	await expect(page.getByRole('heading', { level: 2, name: scams.title })).toBeVisible();
	expect(requested().some((url) => url.includes('/search/lunr-index.js'))).toBe(true);
	// The browser reports the blocked file itself; that error is the point of this test.
	guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('ERR_FAILED')));
});

test('only lesson pages carry searchable text; trainer pages never do', async ({ request, baseURL }) => {
	const { pages } = await crawl(request, baseURL!);
	for (const url of pages) {
		const html = await (await request.get(url)).text();
		const isLesson = html.includes('data-search-id=');
		expect(html.includes('data-pagefind-body'), url).toBe(isLesson);
		// English lessons at /<module>/<slug>/, French ones at /fr/<module>/<slug>/.
		if (isLesson) expect(new URL(url).pathname, url).toMatch(/^\/(fr\/)?[a-z-]+\/[a-z0-9-]+\/$/);
	}
});

test('the search indexes hold the lesson pages only, and no trainer note', async ({ request, baseURL }) => {
	const { pages } = await crawl(request, baseURL!);
	const lessonPages: string[] = [];
	const learnerStems = new Set<string>();
	for (const url of pages) {
		const html = (await (await request.get(url)).text()).replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ');
		if (!html.includes('data-search-id=')) continue;
		lessonPages.push(new URL(url).pathname);
		for (const word of queryWords(html.replace(/<[^>]+>/g, ' '))) learnerStems.add(lunrStem(word));
	}
	// Words of trainer notes that no lesson page uses, in any form: they must be in no index.
	const trainerOnly = [...new Set(trainerNoteTexts().flatMap((t) => queryWords(t)))].filter((w) => w.length >= 4 && !learnerStems.has(lunrStem(w)));
	expect(trainerOnly.length, 'trainer notes use words no lesson page shows (if not, are trainer notes rendered on lesson pages?)').toBeGreaterThan(0);

	const fragments = pagefindFragments('dist');
	expect(fragments.map((f) => f.url).sort()).toEqual(lessonPages.sort());
	for (const fragment of fragments) {
		const words = new Set(queryWords(fragment.content));
		expect(trainerOnly.filter((w) => words.has(w)), fragment.url).toEqual([]);
	}
	// One offline index per language (English, French under search/fr/): together, every lesson page once.
	const offline = ['en', 'fr'].map((code) => offlineIndex('dist', code));
	expect(offline.flatMap((o) => o.docs.map((d) => `/${d.path}`)).sort()).toEqual(lessonPages.sort());
	// Trainer notes are in English: their words are looked for, by English stem, in the English index.
	const terms = new Set(offline[0]!.index.terms);
	expect(trainerOnly.filter((w) => terms.has(lunrStem(w)))).toEqual([]);
});
