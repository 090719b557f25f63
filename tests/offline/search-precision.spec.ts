import { fileUrl } from '../support/offline-copy';
import { offlineIndex } from '../support/search/built-indexes';
import { excerptProblems } from '../support/search/excerpt-check';
import { MAX_STRONG } from '../../src/search/strength';
import { test, expect } from './fixtures';

// The offline copy searches with lunr: the same strong results first, the rest under "More
// results", and excerpts cut between words (see tests/e2e/search-precision.spec.ts for Pagefind).

test('"scam text" from file:// shows a few strong results, the rest folded, excerpts on whole words', async ({ page, copy }) => {
	const passages = new Map(offlineIndex('dist').docs.map((d) => [d.title, d.passages]));
	await page.goto(`${fileUrl(copy, 'course/search/index.html')}?q=scam%20text`);
	const main = page.getByRole('main');
	await expect(main.getByRole('status')).toHaveText(/^\d+ lessons found for “scam text”\.$/);
	await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy');
	const strong = page.locator('[data-search-list] > .search-hit');
	const strongCount = await strong.count();
	expect(strongCount).toBeGreaterThanOrEqual(1);
	expect(strongCount).toBeLessThanOrEqual(MAX_STRONG);
	await expect(strong.first().getByRole('heading', { level: 2 })).toHaveText('Spot scams and phishing');
	const total = Number((await main.getByRole('status').textContent())!.match(/^\d+/)![0]);
	const summary = page.locator('[data-search-weak] summary');
	await expect(summary).toHaveText(`More results: ${total - strongCount} more lessons with some of your words`);
	await expect(page.locator('[data-search-weak] .search-hit').first()).toBeHidden();
	await summary.click();
	await expect(page.locator('[data-search-weak] .search-hit').first()).toBeVisible();

	const hits = await page.locator('.search-hit').evaluateAll((items) =>
		items.map((item) => ({ title: item.querySelector('a')!.textContent!, excerpt: item.querySelector('.search-hit__excerpt')!.textContent! })),
	);
	expect(hits.length).toBe(total);
	for (const hit of hits) expect(excerptProblems(hit.excerpt, passages.get(hit.title)!), hit.title).toEqual([]);
});
