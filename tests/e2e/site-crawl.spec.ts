import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';

test('every page is reachable from the home page and every link and asset answers', async ({ request, baseURL }) => {
	const { pages, broken } = await crawl(request, baseURL!);
	expect(broken).toEqual([]);
	const paths = pages.map((p) => new URL(p).pathname);
	for (const expected of ['/', '/glossary/', '/trainers/', '/about/', '/download/', '/staying-safe/', '/staying-safe/strong-passwords/']) {
		expect(paths).toContain(expected);
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
