import { fileUrl } from '../support/offline-copy';
import { SCAM } from '../support/progress';
import { test, expect } from './fixtures';

// The offline copy, from file:// inside index.html's frame: the header's menu script loads as a
// classic script on the first open, and Escape closes the menu.
test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

test('from the offline copy, "Menu" closes with Escape', async ({ page, copy }) => {
	await page.goto(`${fileUrl(copy)}#/${SCAM}`);
	const course = page.frameLocator('#course-frame');
	const menu = course.locator('.site-header summary', { hasText: 'Menu' });
	await menu.click();
	await expect(course.locator('.site-header')).toHaveAttribute('data-header-panels-started', '');
	const home = course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
	await expect(home).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(home).toBeHidden();
	await expect(menu).toBeFocused();
});
