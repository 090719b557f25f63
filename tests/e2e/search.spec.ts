import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonFacts } from '../support/search/lessons';
import { searchRequests } from '../support/search/requests';

const XSS = '<img src=x onerror=alert(1)>';
const passwords = lessonFacts('strong-passwords');
const scams = lessonFacts('spot-a-scam');

/** Types new words into the box while the learner's focus stays where it is (on a result). */
async function searchKeepingFocus(input: Locator, words: string): Promise<void> {
	await input.evaluate((el: HTMLInputElement, value) => {
		el.value = value;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, words);
}

test.describe('search from the header', () => {
	test('finds a lesson as the learner types, and opens it', async ({ page }) => {
		await page.goto(scams.path.slice(1));
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('strong passwords');
		await expect(page.getByRole('banner').getByRole('status')).toHaveText(/lessons? found for “strong passwords”/);
		const first = page.locator('.search-hit').first();
		await expect(first.getByRole('link')).toHaveText(passwords.title);
		await expect(first).toContainText(`${passwords.module} · ${passwords.minutes} minutes`);
		await expect(first.locator('mark').first()).toHaveText(/strong|password/i);
		await first.getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
	});

	test('loads no search code until the learner uses the box', async ({ page }) => {
		const requested = searchRequests(page);
		await page.goto(passwords.path.slice(1));
		await page.waitForLoadState('networkidle');
		expect(requested()).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search the course' }).focus();
		await expect.poll(() => requested().some((url) => url.endsWith('/search/search-ui.js'))).toBe(true);
	});

	test('Escape closes the results and keeps the words; Enter opens the search page', async ({ page }) => {
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('phishing');
		await expect(page.locator('[data-search-list] li').first()).toBeVisible();
		await input.press('Escape');
		await expect(page.locator('[data-search-list]')).toBeHidden();
		await expect(input).toBeFocused();
		await expect(input).toHaveValue('phishing');
		await input.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=phishing$/);
		await expect(page.getByRole('heading', { level: 2, name: scams.title })).toBeVisible();
	});

	test('results close when the learner moves on to the page, and a click on a result still lands', async ({ page }) => {
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('phishing');
		await expect(page.locator('.search-hit').first()).toBeVisible();
		await page.getByRole('heading', { level: 1 }).click();
		await expect(page.locator('[data-search-list]')).toBeHidden();
		await expect(page.getByRole('status')).toHaveText('');
		await input.fill('phishing email');
		await page.locator('.search-hit__link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scams.title);
	});

	test('a keyboard user on a result stays in the list when a later search replaces it', async ({ page }) => {
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('email');
		await expect(page.locator('[data-search-results]').first()).not.toHaveAttribute('aria-busy', 'true');
		await page.locator('.search-hit__link').nth(1).focus();
		// A search that was still running lands now: the list is built anew under the learner's focus.
		await searchKeepingFocus(input, 'phishing email');
		await expect(page.getByRole('banner').getByRole('status')).toHaveText(/found for “phishing email”/);
		await expect(page.locator('.search-hit__link').nth(1)).toBeFocused();
	});

	test('a slow search says so and keeps the earlier results, and the learner on one, in place', async ({ page }) => {
		let slow = false;
		// Pagefind fetches a fragment for each result it shows: held back, the next search is slow.
		await page.route('**/pagefind/fragment/**', async (route) => {
			if (slow) await new Promise((resolve) => setTimeout(resolve, 2_000));
			await route.continue();
		});
		await page.goto('./');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		const status = page.getByRole('banner').getByRole('status');
		await input.fill('passphrase');
		await expect(status).toHaveText(/found for “passphrase”/);
		const first = page.locator('.search-hit__link').first();
		const earlier = await first.textContent();
		await first.focus();
		slow = true;
		await searchKeepingFocus(input, 'wifi');
		await expect(status).toHaveText('Searching…');
		await expect(page.getByRole('banner').locator('[data-search-results]')).toHaveAttribute('aria-busy', 'true');
		await expect(first).toBeVisible();
		await expect(first).toHaveText(earlier!);
		await expect(first).toBeFocused();
		await expect(status).toHaveText(/found for “wifi”/);
		await expect(first).toBeFocused();
	});

	test('shows the first results and links to all of them on the search page', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('email');
		await expect(page.locator('.search-hit')).toHaveCount(5);
		const more = page.getByRole('link', { name: /^See all \d+ results$/ });
		await more.click();
		await expect(page).toHaveURL(/\/search\/\?q=email$/);
		await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(5);
	});

	test('tells the learner when it corrected a typo', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('searchbox', { name: 'Search the course' }).fill('pasword');
		await expect(page.getByText('We searched for “password” instead of “pasword”.')).toBeVisible();
		await expect(page.locator('.search-hit').first().getByRole('link')).toHaveText(passwords.title);
	});
});

test.describe('the search page', () => {
	test('reads ?q= from the address and announces the number of results', async ({ page }) => {
		await page.goto('search/?q=phishing');
		await expect(page.getByRole('searchbox', { name: 'Search the course' })).toHaveValue('phishing');
		const status = page.getByRole('status');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await expect(status).toHaveText(/^\d+ lessons? found for “phishing”\.$/);
		const first = page.locator('.search-hit').first();
		await expect(first.getByRole('heading', { level: 2 })).toHaveText(scams.title);
		await expect(first.locator('.search-hit__meta')).toHaveText(`${scams.module} · ${scams.minutes} minutes`);
		await expect(first.locator('.search-hit__excerpt mark').first()).toHaveText(/phishing/i);
	});

	test("loads Pagefind only when the learner turns to the box, and then finds lessons", async ({ page }) => {
		const requested = searchRequests(page);
		const pagefind = () => requested().filter((url) => url.includes('/pagefind/'));
		await page.goto('search/');
		await expect(page.locator('[data-search-variant="page"]')).toHaveAttribute('data-search-ready', 'true');
		await page.waitForLoadState('networkidle');
		expect(pagefind()).toEqual([]);
		const input = page.locator('[data-search-variant="page"]').getByRole('searchbox', { name: 'Search the course' });
		await input.focus();
		await expect.poll(() => pagefind().some((url) => url.endsWith('.pagefind'))).toBe(true);
		await input.fill('phishing');
		await expect(page.locator('.search-hit').first().getByRole('heading', { level: 2 })).toHaveText(scams.title);
	});

	test('keeps the query in the address after a new search, and filters by module', async ({ page }) => {
		await page.goto('search/');
		const input = page.getByRole('searchbox', { name: 'Search the course' });
		await input.fill('password');
		await input.press('Enter');
		await expect(page).toHaveURL(/\?q=password$/);
		await expect(page.locator('.search-hit')).not.toHaveCount(0);
		const modules = page.locator('.search-hit__meta');
		await page.getByLabel('Look in').selectOption({ label: 'Getting started online' });
		await expect(modules.first()).toContainText('Getting started online');
		for (const meta of await modules.allTextContents()) expect(meta).toContain('Getting started online');
		await page.getByLabel('Look in').selectOption({ label: 'Staying safe online' });
		await expect(modules.first()).toContainText('Staying safe online');
		for (const meta of await modules.allTextContents()) expect(meta).toContain('Staying safe online');
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
			await expect(page.locator('img[src="x"]')).toHaveCount(0);
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
		await page.locator('[data-search-nojs]').getByRole('link', { name: 'Staying safe online' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
	});
});
