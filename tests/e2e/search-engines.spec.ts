import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';
import { trainerNoteTexts } from '../support/trainer-notes';
import { searchRequests } from '../support/search/requests';
import { queryWords } from '../../src/search/words';

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
	await page.goto('search/?q=scam');
	await expect(page.getByRole('heading', { level: 2, name: 'Spot a scam' })).toBeVisible();
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
		if (isLesson) expect(new URL(url).pathname, url).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/$/);
	}
});

for (const engine of ['pagefind', 'lunr'] as const) {
	// The trainers' page uses such words too: finding nothing also proves it is not indexed.
	test(`words found only in trainer notes find nothing (${engine})`, async ({ page, request, baseURL, guards }) => {
		const { pages } = await crawl(request, baseURL!);
		const learnerText = new Set<string>();
		for (const url of pages) {
			const html = (await (await request.get(url)).text()).replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ');
			if (!html.includes('data-search-id=')) continue; // only lesson pages are searchable
			queryWords(html.replace(/<[^>]+>/g, ' ')).forEach((w) => learnerText.add(w));
		}
		// Words of trainer notes that no learner page holds, even as the start of a longer word
		// (Pagefind also matches a word by its longest known beginning).
		const learnerWords = [...learnerText].filter((w) => w.length >= 4);
		const trainerOnly = [...new Set(trainerNoteTexts().flatMap((s) => queryWords(s)))].filter(
			(word) => word.length >= 5 && !learnerWords.some((w) => word.startsWith(w) || w.startsWith(word)),
		);
		expect(trainerOnly.length, 'the lessons have trainer notes with words of their own').toBeGreaterThan(0);
		if (engine === 'lunr') await page.route('**/pagefind/pagefind.js', (route) => route.abort());
		for (const word of trainerOnly.slice(0, 5)) {
			await page.goto(`search/?q=${encodeURIComponent(word)}`);
			await expect(page.getByRole('status')).toHaveText(`No lessons found for “${word}”.`);
		}
		guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('ERR_FAILED')));
	});
}
