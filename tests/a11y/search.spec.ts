import { test, expect } from '../e2e/fixtures';
import { axeLightAndDark } from '../support/components';

// The page crawl checks search as first served; this checks it with results, help and the header
// panel open, in light and dark mode on one load of each state (axeLightAndDark).
test('axe finds no problem in search results, help and the header panel, light and dark', async ({ page }) => {
	test.setTimeout(120_000); // axe runs eight times; slow on a busy 2-core machine
	await page.goto('search/?q=password');
	await expect(page.locator('.search-hit mark').first()).toBeVisible();
	const failures = await axeLightAndDark(page, 'results');
	await page.goto('search/?q=scam+text');
	await page.locator('[data-search-weak] summary').click();
	await expect(page.locator('[data-search-weak] .search-hit').first()).toBeVisible();
	failures.push(...(await axeLightAndDark(page, '"More results" open')));
	await page.goto('search/?q=xqzvw');
	await expect(page.locator('[data-search-help]')).toBeVisible();
	failures.push(...(await axeLightAndDark(page, 'no results')));
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search the course' }).fill('pasword');
	await expect(page.locator('.search-hit').first()).toBeVisible();
	failures.push(...(await axeLightAndDark(page, 'header panel')));
	expect(failures).toEqual([]);
});
