import { test, expect } from './fixtures';
import { searchRequests } from '../support/search/requests';

const XSS = '<img src=x onerror=alert(1)>';

test.describe('search from the header', () => {
	test('finds a lesson as the learner types, and opens it', async ({ page }) => {
		await page.goto('staying-safe/spot-a-scam/');
		const box = page.getByRole('search', { name: 'Search the course' });
		await box.getByRole('searchbox', { name: 'Search the course' }).fill('strong passwords');
		await expect(page.getByRole('status')).toHaveText(/lessons? found for “strong passwords”/);
		const first = box.getByRole('list', { name: 'Search results' }).or(page.locator('[data-search-list]')).locator('li').first();
		await expect(first.getByRole('link')).toHaveText('Make strong passwords');
		await expect(first).toContainText('Staying safe online · 20 minutes');
		await expect(first.locator('mark').first()).toHaveText(/strong|password/i);
		await first.getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make strong passwords');
	});

	test('loads no search code until the learner uses the box', async ({ page }) => {
		const requested = searchRequests(page);
		await page.goto('staying-safe/strong-passwords/');
		await page.waitForLoadState('networkidle');
		expect(requested()).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search the course' }).focus();
		await expect.poll(() => requested().some((url) => url.endsWith('/search/search-ui.js'))).toBe(true);
	});

	test('Enter opens the search page with the query; Escape closes the results', async ({ page }) => {
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('scam');
		await expect(page.locator('[data-search-list] li').first()).toBeVisible();
		await input.press('Escape');
		await expect(page.locator('[data-search-list]')).toBeHidden();
		await expect(input).toBeFocused();
		await input.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=scam$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Spot a scam' })).toBeVisible();
	});

	test('tells the learner when it corrected a typo', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('pasword');
		await expect(page.getByText('We searched for “password” instead of “pasword”.')).toBeVisible();
		await expect(page.locator('[data-search-list] li').first()).toContainText('password');
	});
});

test.describe('the search page', () => {
	test('reads ?q= from the address and announces the number of results', async ({ page }) => {
		await page.goto('search/?q=scam');
		await expect(page.getByRole('searchbox', { name: 'Search the course' })).toHaveValue('scam');
		const status = page.getByRole('status');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await expect(status).toHaveText(/^\d+ lessons? found for “scam”\.$/);
		const first = page.locator('.search-hit').first();
		await expect(first.getByRole('heading', { level: 2 })).toHaveText('Spot a scam');
		await expect(first.locator('.search-hit__meta')).toHaveText('Staying safe online · 20 minutes');
		await expect(first.locator('.search-hit__excerpt mark').first()).toHaveText(/scam/i);
	});

	test('keeps the query in the address after a new search, and filters by module', async ({ page }) => {
		await page.goto('search/');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('password');
		await input.press('Enter');
		await expect(page).toHaveURL(/\?q=password$/);
		await expect(page.locator('.search-hit')).not.toHaveCount(0);
		await page.getByLabel('Look in').selectOption({ label: 'Getting started online' });
		await expect(page.getByRole('status')).toHaveText('No lessons found for “password”.');
		await page.getByLabel('Look in').selectOption({ label: 'Staying safe online' });
		await expect(page.locator('.search-hit')).toHaveCount(2);
	});

	test('with no results, gives plain help and the modules to browse', async ({ page }) => {
		await page.goto('search/?q=xqzvw');
		await expect(page.getByRole('status')).toHaveText('No lessons found for “xqzvw”.');
		const help = page.locator('[data-search-help]');
		await expect(help).toContainText('Check the spelling.');
		await expect(help).toContainText('Try fewer words');
		await expect(help.getByRole('link', { name: 'Staying safe online' })).toBeVisible();
		await expect(help.getByRole('link', { name: 'Getting started online' })).toBeVisible();
	});

	for (const where of ['header', 'address'] as const) {
		test(`shows a markup query as plain text and runs nothing (${where})`, async ({ page }) => {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs++;
				void dialog.dismiss();
			});
			if (where === 'address') await page.goto(`search/?q=${encodeURIComponent(XSS)}`);
			else {
				await page.goto('./');
				await page.getByRole('searchbox', { name: 'Search the course' }).fill(XSS);
			}
			await expect(page.getByRole('status')).toContainText(`found for “${XSS}”.`);
			await expect(page.locator('main img[src="x"], header img[src="x"]')).toHaveCount(0);
			expect(dialogs).toBe(0);
		});
	}
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the header box opens the search page, which explains and links to the modules', async ({ page }) => {
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('scam');
		await input.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=scam$/);
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Staying safe online' }).first()).toBeVisible();
		await page.getByRole('link', { name: 'Staying safe online' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
	});
});
