import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SCAM } from '../support/progress';

// The folded header's "Menu" and "Search" (Header.astro) behave as the best sites' menus do:
// Escape closes the open panel (focus back on its button), a click, a tap or the focus outside
// closes it, and opening one closes the other. The script that does it loads on the first open.
// Sizes as in first-hour.spec.ts: a phone shows "Menu" only (the search box stays in view);
// 200 % zoom on a library screen (640x400 CSS px) shows "Search" and "Menu".
const PHONE = { viewport: { width: 360, height: 740 } };
const ZOOM_200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };
const SCRIPT = /\/lazy\/header-panels\.js$/;

const header = (page: Page) => page.locator('.site-header');
const panel = (page: Page, name: 'Menu' | 'Search') => header(page).locator('details', { has: page.locator('summary', { hasText: name }) });
const toggle = (page: Page, name: 'Menu' | 'Search') => panel(page, name).locator('summary');
const homeLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });

/** Opens a panel by mouse and waits for its script, which marks the header once it has started. */
async function open(page: Page, name: 'Menu' | 'Search'): Promise<void> {
	await toggle(page, name).click();
	await expect(panel(page, name)).toHaveAttribute('open', '');
	await expect(header(page)).toHaveAttribute('data-header-panels-started', '');
}

/** Scripts the page has asked for so far. */
const scriptsLoaded = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));

test.describe('200 % zoom: "Search" and "Menu"', () => {
	test.use(ZOOM_200);

	test('the script loads on the first open, not with the page', async ({ page }) => {
		await page.goto(SCAM);
		await page.waitForLoadState('load');
		expect((await scriptsLoaded(page)).filter((name) => SCRIPT.test(name))).toEqual([]);
		await expect(header(page)).not.toHaveAttribute('data-header-panels-started');
		await open(page, 'Menu');
		await expect.poll(async () => (await scriptsLoaded(page)).filter((name) => SCRIPT.test(name)).length).toBe(1);
	});

	test('Escape closes "Menu" and puts the focus back on it, from a link in it', async ({ page }) => {
		await page.goto(SCAM);
		await toggle(page, 'Menu').focus();
		await page.keyboard.press('Enter');
		await expect(header(page)).toHaveAttribute('data-header-panels-started', '');
		await page.keyboard.press('Tab');
		await expect(homeLink(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
		await expect(homeLink(page)).toBeHidden();
		await expect(toggle(page, 'Menu')).toBeFocused();
		// It opens again as before.
		await page.keyboard.press('Enter');
		await expect(homeLink(page)).toBeVisible();
	});

	test('Escape closes "Search" and puts the focus back on it', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Search');
		const box = page.getByRole('searchbox', { name: 'Search the course' });
		await expect(box).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel(page, 'Search')).not.toHaveAttribute('open');
		await expect(box).toBeHidden();
		await expect(toggle(page, 'Search')).toBeFocused();
	});

	test('with results shown, the first Escape closes the results, the second the panel', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Search');
		const box = page.getByRole('searchbox', { name: 'Search the course' });
		await box.fill('password');
		const results = header(page).locator('[data-search-results]');
		await expect(results).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(results).toBeHidden();
		await expect(panel(page, 'Search')).toHaveAttribute('open', '');
		await expect(box).toBeFocused();
		await expect(box).toHaveValue('password');
		await page.keyboard.press('Escape');
		await expect(panel(page, 'Search')).not.toHaveAttribute('open');
		await expect(toggle(page, 'Search')).toBeFocused();
	});

	test('opening one closes the other', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Menu');
		await toggle(page, 'Search').click();
		await expect(panel(page, 'Search')).toHaveAttribute('open', '');
		await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
		await toggle(page, 'Menu').click();
		await expect(panel(page, 'Menu')).toHaveAttribute('open', '');
		await expect(panel(page, 'Search')).not.toHaveAttribute('open');
	});

	test('opening one closes the other, in a browser that does not do it for <details name>', async ({ page }) => {
		await page.goto(SCAM);
		// Browsers before 2024 ignore the name attribute: take it away, and the script must do it alone.
		await header(page).locator('details').evaluateAll((panels) => panels.forEach((p) => p.removeAttribute('name')));
		await open(page, 'Menu');
		await toggle(page, 'Search').focus();
		await page.keyboard.press('Enter');
		await expect(panel(page, 'Search')).toHaveAttribute('open', '');
		await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
		// Opened from a script, with no click or focus outside: the toggle alone closes the other.
		await panel(page, 'Menu').evaluate((menu) => ((menu as HTMLDetailsElement).open = true));
		await expect(panel(page, 'Search')).not.toHaveAttribute('open');
	});
});

test.describe('a phone: "Menu"', () => {
	test.use(PHONE);

	/** A point on the page well below the open menu (its panel lies over the page), with no link or button under it. */
	async function pointBelowMenu(page: Page): Promise<{ x: number; y: number }> {
		const body = (await panel(page, 'Menu').locator('.site-header__body').boundingBox())!;
		const point = { x: 20, y: Math.round(body.y + body.height + 40) };
		expect(point.y, 'the point is in the first screen').toBeLessThan(PHONE.viewport.height);
		const plain = await page.evaluate(({ x, y }) => !document.elementFromPoint(x, y)?.closest('a, button, summary, input, label, select, textarea, header'), point);
		expect(plain, 'nothing to press under the point').toBe(true);
		return point;
	}

	test('a click outside closes it, and the page stays', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Menu');
		const { x, y } = await pointBelowMenu(page);
		await page.mouse.click(x, y);
		await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
		await expect(homeLink(page)).toBeHidden();
		await expect(page).toHaveURL(new RegExp(`${SCAM}$`));
	});

	test('a click inside keeps it open: the text size can be changed', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Menu');
		await page.getByRole('button', { name: 'Large', exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
		await expect(panel(page, 'Menu')).toHaveAttribute('open', '');
		await page.getByRole('button', { name: 'Normal' }).click();
		await expect(panel(page, 'Menu')).toHaveAttribute('open', '');
	});

	test('the keyboard leaving it closes it, so the panel never hides the focus', async ({ page }) => {
		await page.goto(SCAM);
		await open(page, 'Menu');
		// Tab through the four links and the three text sizes, then once more: out of the menu.
		const inMenu = () => page.evaluate(() => !!document.activeElement?.closest('.site-header__panel--menu'));
		await toggle(page, 'Menu').focus();
		for (let i = 0; i < 10 && (await inMenu()); i++) await page.keyboard.press('Tab');
		expect(await inMenu(), 'the focus has left the menu').toBe(false);
		await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
		await expect(page.locator(':focus')).toBeInViewport();
	});

	test.describe('by touch', () => {
		test.use({ hasTouch: true });
		test('a tap outside closes it', async ({ page }) => {
			await page.goto(SCAM);
			await toggle(page, 'Menu').tap();
			await expect(header(page)).toHaveAttribute('data-header-panels-started', '');
			await expect(homeLink(page)).toBeVisible();
			const { x, y } = await pointBelowMenu(page);
			await page.touchscreen.tap(x, y);
			await expect(panel(page, 'Menu')).not.toHaveAttribute('open');
			await expect(page).toHaveURL(new RegExp(`${SCAM}$`));
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('"Menu" opens and closes by its button, as before', async ({ page }) => {
			await page.goto(SCAM);
			await toggle(page, 'Menu').click();
			await expect(homeLink(page)).toBeVisible();
			await toggle(page, 'Menu').click();
			await expect(homeLink(page)).toBeHidden();
		});
	});
});
