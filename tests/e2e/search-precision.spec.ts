import { test, expect } from './fixtures';
import { pagefindFragments } from '../support/search/built-indexes';
import { excerptProblems } from '../support/search/excerpt-check';
import { MAX_STRONG } from '../../src/search/strength';

// "scam text": "text" is in nearly every lesson, so nearly every lesson matches. The lessons that
// match well come first; the rest wait under "More results". Pagefind (the hosted site).

test.describe('search precision (Pagefind)', () => {
	for (const width of [1280, 360]) {
		test(`"scam text" shows a few strong results, the rest folded under "More results" (${width} px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
			await page.goto('search/?q=scam+text');
			const results = page.locator('[data-search-results]');
			await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ lessons found for “scam text”\.$/);
			await expect(results).not.toHaveAttribute('aria-busy');
			const strong = page.locator('[data-search-list] > .search-hit');
			const strongCount = await strong.count();
			expect(strongCount).toBeGreaterThanOrEqual(1);
			expect(strongCount).toBeLessThanOrEqual(MAX_STRONG);
			await expect(strong.first().getByRole('heading', { level: 2 })).toHaveText('Spot scams and phishing');
			const total = Number((await page.getByRole('main').getByRole('status').textContent())!.match(/^\d+/)![0]);
			const more = page.locator('[data-search-weak]');
			const summary = more.locator('summary');
			await expect(summary).toHaveText(`More results: ${total - strongCount} more lessons with some of your words`);
			// Folded: the weak results are not on show until the learner opens "More results".
			const weak = more.locator('.search-hit');
			await expect(weak).toHaveCount(total - strongCount);
			await expect(weak.first()).toBeHidden();
			// The fold comes right after the strong results.
			const lastStrong = (await strong.last().boundingBox())!;
			const fold = (await summary.boundingBox())!;
			expect(fold.y).toBeGreaterThanOrEqual(lastStrong.y + lastStrong.height - 1);
			await summary.click();
			await expect(weak.first()).toBeVisible();
			await expect(more).toHaveJSProperty('open', true);
			// Nothing on the page scrolls sideways (the module choice once did, at 360 px).
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		});
	}

	test('excerpts start and end on whole words, cut with an ellipsis', async ({ page }) => {
		const fragments = new Map(pagefindFragments('dist').map((f) => [f.url, f.content]));
		await page.goto('search/?q=scam+text');
		await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy');
		await expect(page.locator('.search-hit').first()).toBeVisible();
		const hits = await page.locator('.search-hit').evaluateAll((items) =>
			items.map((item) => ({ path: new URL(item.querySelector('a')!.href).pathname, excerpt: item.querySelector('.search-hit__excerpt')!.textContent! })),
		);
		expect(hits.length).toBeGreaterThan(10);
		for (const hit of hits) expect(excerptProblems(hit.excerpt, [fragments.get(hit.path)!]), hit.path).toEqual([]);
		// Sentences are kept whole where they fit; where one is cut, an ellipsis shows it.
		expect(hits.filter((h) => /^[A-Z0-9“"(]/.test(h.excerpt)).length).toBeGreaterThan(hits.length / 2);
	});

	test('the header box shows only the strong results, and links to all of them', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('phishing');
		const banner = page.getByRole('banner');
		await expect(banner.getByRole('status')).toHaveText(/^\d+ lessons found for “phishing”\.$/);
		await expect(banner.locator('[data-search-results]')).not.toHaveAttribute('aria-busy');
		const shown = await banner.locator('.search-hit').count();
		expect(shown).toBeGreaterThanOrEqual(1);
		expect(shown).toBeLessThan(5);
		await expect(banner.locator('.search-hit').first().getByRole('link')).toHaveText('Spot scams and phishing');
		await expect(banner.getByRole('link', { name: /^See all \d+ results$/ })).toBeVisible();
	});
});
