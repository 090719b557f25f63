import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../e2e/fixtures';
import { builtPages } from '../support/built-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// Every page of the build (the crawl test proves each is reachable from the home page).
const pages = builtPages('dist');

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
	test(`axe finds no WCAG 2.2 A/AA problem on ${path}, light and dark`, async ({ page }) => {
		test.setTimeout(120_000); // axe is slow on long pages when the machine is busy
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(`.${path}`);
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const found = results.violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`);
			expect(found).toEqual([]);
		}
	});
}
