import { test, expect } from './fixtures';
import { SCAM } from '../support/progress';

// Under the /course/ sub-path, the header's menu script (loaded on the first open) comes from there too.
test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

test('under a sub-path, "Menu" loads its script from there, and Escape closes it', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto(SCAM);
	const menu = page.locator('.site-header summary', { hasText: 'Menu' });
	await menu.click();
	await expect(page.locator('.site-header')).toHaveAttribute('data-header-panels-started', '');
	expect(requests.filter((path) => path.includes('header-panels'))).toEqual(['/course/lazy/header-panels.js']);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toBeHidden();
	await expect(menu).toBeFocused();
});
