import { test, expect } from './fixtures';
import { doneButton } from '../support/progress';

// Under a sub-path every address the progress views write (continue, certificates) stays under it.
test('under a sub-path, progress links and certificates stay under it', async ({ page }) => {
	await page.goto('staying-safe/strong-passwords/');
	await doneButton(page).click();
	await page.goto('./');
	const next = page.getByRole('link', { name: /^Continue with:/ });
	await expect(next).toHaveAttribute('href', /^\/course\/staying-safe\/.+\/$/);
	await next.click();
	expect(new URL(page.url()).pathname).toMatch(/^\/course\/staying-safe\//);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
	expect(new URL(page.url()).pathname).toBe('/course/progress/');
	await expect(page.getByRole('row', { name: /Make strong passwords/ }).getByRole('cell').first()).toHaveText('Done');
	await expect(page.getByRole('link', { name: 'Certificate for Staying safe online', includeHidden: true })).toHaveAttribute('href', '/course/certificate/staying-safe/');
});
