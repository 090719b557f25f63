import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';
import { trainerNoteSnippets } from '../support/trainer-notes';

test('every page is reachable from the home page and every link and asset answers', async ({ request, baseURL }) => {
	const { pages, broken } = await crawl(request, baseURL!);
	expect(broken).toEqual([]);
	const paths = pages.map((p) => new URL(p).pathname);
	for (const expected of ['/', '/glossary/', '/trainers/', '/about/', '/download/', '/staying-safe/', '/staying-safe/strong-passwords/']) {
		expect(paths).toContain(expected);
	}
});

test('trainer notes never reach a learner page', async ({ request, baseURL }) => {
	const snippets = trainerNoteSnippets();
	expect(snippets.length).toBeGreaterThan(0);
	const { pages } = await crawl(request, baseURL!);
	const learnerPages = pages.filter((p) => !/\/(trainers|present|handouts)\//.test(new URL(p).pathname));
	for (const url of learnerPages) {
		const text = (await (await request.get(url)).text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		for (const snippet of snippets) expect(text, url).not.toContain(snippet);
	}
});

test('every page carries a strict content security policy', async ({ request, baseURL }) => {
	const { pages } = await crawl(request, baseURL!);
	for (const url of pages) {
		const html = await (await request.get(url)).text();
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(policy, url).toContain("default-src 'self'");
		expect(policy, url).toMatch(/script-src 'self'/);
		expect(policy, url).not.toContain('unsafe-inline');
		expect(html, url).not.toMatch(/\son[a-z]+="/);
	}
});

test('a page that does not exist shows the helpful 404 page', async ({ page, guards }) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	// The browser reports the 404 status itself as a console error; that one is expected here.
	guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('404')));
});
