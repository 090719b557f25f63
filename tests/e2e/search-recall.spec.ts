import { test, expect } from './fixtures';
import { measureEngines } from '../support/search/measure';
import { loadQuerySet } from '../support/search/query-set';

// The probe that runs the queries is added as an inline script, which the site's policy forbids.
test.use({ bypassCSP: true });

// Query time is a speed target: `npm run bench:search` prints it; a timed assertion here would
// fail on a busy machine and prove nothing.
test('learner queries find their lesson in the first five results, with Pagefind and with lunr', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	await page.goto('./');
	const reports = await measureEngines(page, baseURL!, 'dist', loadQuerySet());
	for (const report of reports) {
		const misses = report.misses.map((m) => `"${m.query}" -> ${m.expect} (got ${m.got.join(', ') || 'nothing'})`).join('\n');
		expect.soft(report.recallAt5, `${report.engine} recall@5; missed:\n${misses}`).toBeGreaterThanOrEqual(0.9);
	}
});
