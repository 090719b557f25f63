import { test, expect } from '../e2e/fixtures';
import { axeLightAndDark } from '../support/components';
import { workshopLesson } from '../support/workshop';

// The site-wide sweep sees each page as it opens: one slide. This run looks at the rest.
const lesson = workshopLesson();

test('workshop pages as they are without their scripts, every slide shown: every slide and note passes axe, light and dark', async ({ page }) => {
	test.setTimeout(120_000);
	// Axe itself needs JavaScript, so the page's own scripts are served empty instead.
	await page.route('**/_astro/*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
	for (const path of [lesson.slides, lesson.notes]) {
		await page.goto(path);
		await expect(page.locator('.is-enhanced')).toHaveCount(0);
		expect(await axeLightAndDark(page, path)).toEqual([]);
	}
});

// The slides with an answer shown, the key list open and the theme chosen with T, and the notes at a
// question, light and dark: src/islands/deck/deck.component.spec.ts, on the deck's examples.
