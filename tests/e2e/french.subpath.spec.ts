import { test, expect } from './fixtures';
import { aFrenchLesson } from '../support/french-pages';

// The French edition under a sub-path (/course/fr/): its addresses keep the base, both ways.
const lesson = aFrenchLesson('dist-subpath');

test('under a sub-path, the French home and a French lesson work, and the switch keeps the base', async ({ page }) => {
	await page.goto('./fr/');
	expect(new URL(page.url()).pathname).toBe('/course/fr/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomWidth)).toBe('4px');
	await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', '/course/');
	await page.goto(`.${lesson.fr}`);
	await expect(page.locator('article.lesson')).toBeVisible();
	await page.locator('a[data-lang-switch]').click();
	expect(new URL(page.url()).pathname).toBe(`/course${lesson.en}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
