import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

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
	await page.goto('staying-safe/spot-a-scam/');
	await tabTo(page, (el) => el.tag === 'input' && el.label === 'header-search-q', 'the header search box');
	await page.keyboard.type('passphrase');
	await expect(page.getByRole('status')).toHaveText(/lessons? found/);
	await tabTo(page, (el) => el.tag === 'a' && el.text === 'Make strong passwords', 'the first result');
	await expect(page.locator('.search-hit__link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make strong passwords');
});

test('keyboard only: search on the search page, choose a module, open a result', async ({ page }) => {
	await page.goto('search/');
	await tabTo(page, (el) => el.tag === 'input' && el.label === 'page-search-q', 'the search box');
	await page.keyboard.type('scam');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/found for “scam”/);
	await tabTo(page, (el) => el.tag === 'select', 'the module choice');
	await page.keyboard.press('ArrowDown'); // Getting started online
	await page.keyboard.press('ArrowDown'); // Staying safe online
	await expect(page.getByLabel('Look in')).toHaveValue('staying-safe');
	await tabTo(page, (el) => el.tag === 'a' && el.text === 'Spot a scam', 'the result');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spot a scam');
});
