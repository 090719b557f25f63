import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { loadContent } from '../../src/content-layer/load-content';
import { measureEngines, measureSizes } from '../support/search/measure';
import { QUERY_FILE, loadQuerySet } from '../support/search/query-set';
import { formatBenchReport } from './format-report';

test.use({ bypassCSP: true });

// Measures; never fails on a missed target (that is the recall test's job): it reports.
test('search benchmark', async ({ page, baseURL }) => {
	test.setTimeout(300_000);
	const distDir = process.env.BENCH_DIST ?? 'bench-out/dist';
	const set = loadQuerySet();
	await page.goto(baseURL!);
	const engines = await measureEngines(page, baseURL!, distDir, set);
	const sizes = measureSizes(distDir);
	const lessonIds = new Set(loadContent().lessons.map((l) => l.data.id));
	const missingLessons = [...new Set(set.queries.map((q) => q.expect))].filter((id) => !lessonIds.has(id));
	writeFileSync('bench-out/search-bench.json', JSON.stringify({ engines, sizes, missingLessons }, null, '\t'));
	console.log(formatBenchReport({ engines, sizes, missingLessons, queryCount: set.queries.length, queryFile: QUERY_FILE }));
});
