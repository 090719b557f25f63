import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../e2e/fixtures';
import { workshopLesson } from '../support/workshop';

// The site-wide sweep sees each page as it opens: one slide. These runs look at the rest.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const lesson = workshopLesson();
const violations = async (page: import('@playwright/test').Page) =>
	(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);

test.describe('workshop pages as they are without their scripts, every slide shown', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`every slide and note passes axe (${colorScheme})`, async ({ page }) => {
			test.setTimeout(120_000);
			// Axe itself needs JavaScript, so the page's own scripts are served empty instead.
			await page.route('**/_astro/*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
			await page.emulateMedia({ colorScheme });
			for (const path of [lesson.slides, lesson.notes]) {
				await page.goto(path);
				await expect(page.locator('.is-enhanced')).toHaveCount(0);
				expect(await violations(page), path).toEqual([]);
			}
		});
	}
});

// The slides with an answer shown, the key list open and the theme chosen with T, and the notes at a
// question, light and dark: src/islands/deck/deck.component.spec.ts, on the deck's examples.
