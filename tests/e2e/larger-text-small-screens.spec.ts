import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SCAM, SCAM_QUIZ } from '../support/progress';

// Issue #24, what first-hour.spec.ts left open: the course's own text size ("Large", "Larger",
// kept on the device) on a 360x740 phone, and 200 % zoom on a library screen (640x400 CSS px,
// deviceScaleFactor 2, as the browser's zoom gives). The header still takes a quarter of the first
// screen at most, with nothing lost, and a module's way in stays in the first screen.
const PHONE = { viewport: { width: 360, height: 740 } };
const ZOOM_200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };
const PAGES = ['./', 'staying-safe/', SCAM, SCAM_QUIZ];
const TEXT_SIZE_KEY = 'cds:text-size';

const header = (page: Page) => page.locator('.site-header');
const toggle = (page: Page, name: 'Menu' | 'Search') => header(page).locator('summary', { hasText: name });

/** The header's height as a share of the first screen, once the page and its text size are in place. */
async function headerShare(page: Page): Promise<number> {
	await page.waitForLoadState('load');
	const box = (await header(page).boundingBox())!;
	return box.height / page.viewportSize()!.height;
}

/** Fails unless the element lies wholly inside the first screen (the page not scrolled). */
async function expectInFirstScreen(page: Page, locator: Locator): Promise<void> {
	const box = (await locator.boundingBox())!;
	expect(box.y, 'its top is in the first screen').toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `its bottom (${Math.round(box.y + box.height)} px) is in the first screen (${page.viewportSize()!.height} px)`).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test.describe('a phone, 360x740, with a larger text size', () => {
	test.use(PHONE);

	for (const size of ['large', 'larger'] as const) {
		test(`"${size}" kept on the device: the header takes a quarter of the screen at most, on the home, module, lesson and quiz pages`, async ({ page }) => {
			await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, size]);
			for (const path of PAGES) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
				const share = await headerShare(page);
				expect(share, `header ${Math.round(share * 740)} px of 740 on ${path}`).toBeLessThanOrEqual(0.25);
			}
		});
	}

	test('choosing "Larger" in the menu: the header still fits, and nothing is lost', async ({ page }) => {
		await page.goto(SCAM);
		await toggle(page, 'Menu').click();
		await page.getByRole('button', { name: 'Larger' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
		await toggle(page, 'Menu').click();
		await expect(page.getByRole('button', { name: 'Larger' })).toBeHidden();
		expect(await headerShare(page)).toBeLessThanOrEqual(0.25);
		// The title reads on at most two lines, not squeezed into a narrow column.
		const title = header(page).getByRole('link', { name: 'Community Digital Skills' });
		const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
		expect((await title.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 16);

		// The search box: one tap away, with its label, the cursor in it.
		await toggle(page, 'Search').click();
		const box = page.getByRole('searchbox', { name: 'Search the course' });
		await expect(box).toBeFocused();
		await expect(header(page).getByText('Search the course', { exact: true })).toBeVisible();

		// The links and the text size: under "Menu". The choice is kept on the next page.
		await toggle(page, 'Menu').click();
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Home', 'My progress', 'Words explained', 'For trainers']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Larger' })).toHaveAttribute('aria-pressed', 'true');
		await nav.getByRole('link', { name: 'Words explained' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Words explained');
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
		expect(await headerShare(page)).toBeLessThanOrEqual(0.25);
	});

	test('back to "Normal": the search box is in view again, under the title', async ({ page }) => {
		await page.addInitScript(([key]) => localStorage.setItem(key, 'larger'), [TEXT_SIZE_KEY]);
		await page.goto(SCAM);
		const box = page.getByRole('searchbox', { name: 'Search the course' });
		await expect(box).toBeHidden();
		await toggle(page, 'Menu').click();
		await page.getByRole('button', { name: 'Normal' }).click();
		await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
		await expect(box).toBeVisible();
		await expect(toggle(page, 'Search')).toBeHidden();
	});
});

test.describe('200 % zoom, 640x400 CSS px', () => {
	test.use(ZOOM_200);

	test('the module page\'s "Start lesson 1" is inside the first screen', async ({ page }) => {
		await page.goto('staying-safe/');
		const start = page.getByRole('link', { name: /^Start lesson 1: / });
		await expectInFirstScreen(page, start);
		await start.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make strong passwords');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('"Start lesson 1" is inside the first screen too', async ({ page }) => {
			await page.goto('staying-safe/');
			await expectInFirstScreen(page, page.getByRole('link', { name: /^Start lesson 1: / }));
		});
	});
});
