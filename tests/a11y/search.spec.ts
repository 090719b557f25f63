import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../e2e/fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The page crawl checks search as first served; these check it with results, help and the header panel open.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no problem in search results, help and the header panel (${colorScheme} mode)`, async ({ page }) => {
		test.setTimeout(120_000); // axe runs three times; slow on a busy 2-core machine
		await page.emulateMedia({ colorScheme });
		const failures: string[] = [];
		const check = async (state: string) => {
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			for (const v of results.violations) failures.push(`${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
		};
		await page.goto('search/?q=password');
		await expect(page.locator('.search-hit mark').first()).toBeVisible();
		await check('results');
		await page.goto('search/?q=scam+text');
		await page.locator('[data-search-weak] summary').click();
		await expect(page.locator('[data-search-weak] .search-hit').first()).toBeVisible();
		await check('"More results" open');
		await page.goto('search/?q=xqzvw');
		await expect(page.locator('[data-search-help]')).toBeVisible();
		await check('no results');
		await page.goto('./');
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('pasword');
		await expect(page.locator('.search-hit').first()).toBeVisible();
		await check('header panel');
		expect(failures).toEqual([]);
	});
}
