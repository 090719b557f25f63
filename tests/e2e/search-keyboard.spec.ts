import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonFacts } from '../support/search/lessons';

const passwords = lessonFacts('strong-passwords');
const scams = lessonFacts('spot-a-scam');

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string }) => boolean, what: string) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', label: el?.getAttribute('id') ?? '' };
		});
		if (matches(focused)) return;
	}
	throw new Error(`Tab never reached ${what}`);
}

test('keyboard only: search from the header and open a result', async ({ page }) => {
	await page.goto(scams.path.slice(1));
	await tabTo(page, (el) => el.tag === 'input' && el.label === 'header-search-q', 'the header search box');
	await page.keyboard.type('passphrase');
	// Each letter typed may start a search: wait for the one of the whole word before tabbing into the list.
	await expect(page.getByRole('banner').getByRole('status')).toHaveText(/lessons? found for “passphrase”/);
	await expect(page.getByRole('banner').locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
	await tabTo(page, (el) => el.tag === 'a' && el.text === passwords.title, 'the first result');
	await expect(page.locator('.search-hit__link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
});

test('keyboard only: search on the search page, choose a module, open a result', async ({ page }) => {
	await page.goto('search/');
	await tabTo(page, (el) => el.tag === 'input' && el.label === 'page-search-q', 'the search box');
	await page.keyboard.type('phishing');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/found for “phishing”/);
	await tabTo(page, (el) => el.tag === 'select', 'the module choice');
	await page.keyboard.press('ArrowDown'); // Getting started online
	await page.keyboard.press('ArrowDown'); // Staying safe online
	await expect(page.getByLabel('Look in')).toHaveValue('staying-safe');
	// Each ArrowDown starts a search: wait for the last one, so the list is not replaced while tabbing.
	await expect(page.locator('main [data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
	await expect(page.locator('.search-hit__meta').first()).toContainText(scams.module);
	await expect(page).toHaveURL(/module=staying-safe/);
	await tabTo(page, (el) => el.tag === 'a' && el.text === scams.title, 'the result');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(scams.title);
});
