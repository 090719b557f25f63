import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';

// The same site built with base /course/: every link and asset must stay under it.
test('under a sub-path, every page is reachable and every link and asset answers', async ({ request, baseURL }) => {
	expect(baseURL).toMatch(/\/course\/$/);
	const { pages, broken } = await crawl(request, baseURL!);
	expect(broken).toEqual([]);
	expect(pages.length).toBeGreaterThan(5);
	for (const url of pages) expect(new URL(url).pathname.startsWith('/course/'), url).toBe(true);
});

test('under a sub-path, the reading flow works with styles applied', async ({ page }) => {
	await page.goto('./');
	expect(new URL(page.url()).pathname).toBe('/course/');
	const headerColour = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomWidth);
	expect(headerColour).toBe('4px');
	await page.getByRole('link', { name: 'Staying safe online' }).first().click();
	await page.locator('.lesson-list__link').first().click();
	expect(new URL(page.url()).pathname).toMatch(/^\/course\/staying-safe\/.+\/$/);
	await expect(page.locator('.figure img').first()).toHaveJSProperty('complete', true);
	expect(await page.locator('.figure img').first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});
