import { existsSync, writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { loadContent } from '../../src/content-layer/load-content';
import { measureEngines, measureSizes, sourcesIn } from '../support/search/measure';
import { FRENCH_QUERY_FILE, QUERY_FILE, loadQuerySet } from '../support/search/query-set';
import { formatBenchReport } from './format-report';

test.use({ bypassCSP: true });

// Measures; never fails on a missed target (that is the recall test's job): it reports.
test('search benchmark', async ({ page, baseURL }) => {
	test.setTimeout(600_000);
	const distDir = process.env.BENCH_DIST ?? 'bench-out/dist';
	const set = loadQuerySet();
	await page.goto(baseURL!);
	const engines = await measureEngines(page, baseURL!, distDir, set);
	const sizes = measureSizes(distDir);
	const lessonIds = new Set(loadContent().lessons.map((l) => l.data.id));
	const missingLessons = [...new Set(set.queries.map((q) => q.expect))].filter((id) => !lessonIds.has(id));
	const report: Record<string, unknown> = { engines, sizes, missingLessons };
	console.log(formatBenchReport({ engines, sizes, missingLessons, queryCount: set.queries.length, queryFile: QUERY_FILE }));

	// French: the French query set on a French page (Pagefind opens the index of the page's language).
	const french = sourcesIn(distDir, 'fr');
	if (french.length === 0 || !existsSync(FRENCH_QUERY_FILE)) {
		console.log('\nFrench: no French lesson pages in this build, so no French figures.');
	} else {
		const frenchSet = loadQuerySet(FRENCH_QUERY_FILE);
		await page.goto(new URL('fr/', baseURL!).href);
		const frenchEngines = await measureEngines(page, baseURL!, distDir, frenchSet, 'fr');
		const frenchSizes = measureSizes(distDir, 'fr');
		const frenchIds = new Set(french.map((s) => s.id));
		const frenchMissing = [...new Set(frenchSet.queries.map((q) => q.expect))].filter((id) => !frenchIds.has(id));
		report.french = { engines: frenchEngines, sizes: frenchSizes, missingLessons: frenchMissing };
		console.log(`\n\nFrench (pages in French, French index and synonyms)\n${formatBenchReport({ engines: frenchEngines, sizes: frenchSizes, missingLessons: frenchMissing, queryCount: frenchSet.queries.length, queryFile: FRENCH_QUERY_FILE })}`);
	}
	writeFileSync('bench-out/search-bench.json', JSON.stringify(report, null, '\t'));
});
