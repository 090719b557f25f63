import { test, expect } from '../e2e/fixtures';
import { builtPages } from '../support/built-pages';
import { representativePages, templateOf } from '../support/representative-pages';
import { axeLightAndDark } from '../support/components';

// axe costs about as much as 18 page loads, so it runs on the pages that between them show every
// template and every component of the build, not on each page; what needs no browser (alt text,
// headings, policies, links) is checked on every page in tests/e2e/built-pages.spec.ts.
const pages = representativePages('dist');

test('the representative pages cover every template of the build', () => {
	expect(pages.length).toBeGreaterThan(10);
	// A template's page may be English or French (French pages come from the same templates).
	for (const template of ['/', '/progress/', '/search/', '/glossary/', '/trainers/']) expect(pages.map(templateOf)).toContain(template);
	const chosen = new Set(pages.map(templateOf));
	expect([...new Set(builtPages('dist').map(templateOf))].filter((template) => !chosen.has(template))).toEqual([]);
});

for (const path of pages) {
	test(`axe finds no WCAG 2.2 A/AA problem on ${path}, light and dark`, async ({ page }) => {
		test.setTimeout(120_000); // axe is slow on long pages when the machine is busy
		await page.goto(`.${path}`);
		// One load: dark mode only changes colours (custom properties), which follow the media at once.
		expect(await axeLightAndDark(page, path)).toEqual([]);
	});
}
