import AxeBuilder from '@axe-core/playwright';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';

// The offline copy for everyone: without JavaScript, and for axe (what the offline step adds).
test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('index.html still shows the course, and its links work', async ({ page, copy }) => {
		await page.goto(fileUrl(copy));
		await expect(page.locator('#course-frame')).toBeHidden();
		const course = page.frameLocator('iframe[src]');
		await expect(course.getByRole('heading', { level: 1 })).toHaveText('Community Digital Skills');
		await course.getByRole('link', { name: 'Staying safe online' }).first().click();
		await course.locator('.lesson-list__link').first().click();
		await expect(course.locator('.lesson__meta')).toContainText('Lesson 1 of');
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 A/AA problem in the parts the offline step adds (${colorScheme} mode)`, async ({ page, copy }) => {
		await page.emulateMedia({ colorScheme });
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
		const failures: string[] = [];
		const check = async (name: string) => {
			// No preload: axe would fetch the stylesheets with XHR, which file:// refuses (axe's noise, not the course's).
			const results = await new AxeBuilder({ page }).withTags(tags).options({ preload: false }).analyze();
			for (const v of results.violations) failures.push(`${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
		};
		await page.goto(`${fileUrl(copy)}#/download/`);
		await expect(page.frameLocator('#course-frame').getByText('You are using the offline copy')).toBeVisible();
		await check('index.html with the download page');
		await page.goto(fileUrl(copy, 'course/staying-safe/index.html'));
		await expect(page.getByRole('note', { name: 'Tip' })).toBeVisible();
		await check('a page opened on its own, with the tip');
		expect(failures).toEqual([]);
	});
}
