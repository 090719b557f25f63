import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../e2e/fixtures';
import { crawl } from '../support/crawl';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 A/AA problem on any page (${colorScheme} mode)`, async ({ page, request, baseURL }) => {
		// Every page in one test: the time grows with the course (28 pages now) and with a busy machine.
		test.setTimeout(600_000);
		await page.emulateMedia({ colorScheme });
		const { pages } = await crawl(request, baseURL!);
		expect(pages.length).toBeGreaterThan(5);
		const failures: string[] = [];
		for (const url of pages) {
			await page.goto(url);
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			for (const v of results.violations) failures.push(`${new URL(url).pathname}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});
}
