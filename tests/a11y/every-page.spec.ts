import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../e2e/fixtures';
import { crawl } from '../support/crawl';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The pages are shared out among several tests: each stays well inside its time limit as the
// course grows (every lesson adds its slides, notes and handout), and workers can run them side by side.
const PARTS = 8;

for (const colorScheme of ['light', 'dark'] as const) {
	for (let part = 0; part < PARTS; part++) {
		test(`axe finds no WCAG 2.2 A/AA problem on any page (${colorScheme} mode, part ${part + 1} of ${PARTS})`, async ({ page, request, baseURL }) => {
			test.setTimeout(180_000);
			await page.emulateMedia({ colorScheme });
			const { pages } = await crawl(request, baseURL!);
			expect(pages.length).toBeGreaterThan(5);
			const failures: string[] = [];
			for (const url of pages.filter((_, i) => i % PARTS === part)) {
				await page.goto(url);
				const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
				for (const v of results.violations) failures.push(`${new URL(url).pathname}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
			}
			expect(failures).toEqual([]);
		});
	}
}
