import { test, expect } from './fixtures';

test('body text is at least 18px, lines stay short, and fonts come from the system', async ({ page }) => {
	await page.goto('staying-safe/strong-passwords/');
	const { fontSize, family, width, charWidth } = await page.locator('.lesson__body p').first().evaluate((p) => {
		const style = getComputedStyle(p);
		// Average width of a character of ordinary English text in this paragraph's font.
		const sample = 'Use a different password for every account, and keep them in a password manager. ';
		const probe = document.createElement('span');
		probe.textContent = sample;
		probe.style.whiteSpace = 'nowrap';
		p.append(probe);
		const charWidth = probe.getBoundingClientRect().width / sample.length;
		probe.remove();
		return { fontSize: parseFloat(style.fontSize), family: style.fontFamily, width: p.getBoundingClientRect().width, charWidth };
	});
	expect(fontSize).toBeGreaterThanOrEqual(18);
	expect(family).toMatch(/^system-ui/);
	expect(width / charWidth).toBeLessThanOrEqual(70);
	const fontFiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.(woff2?|ttf|otf)$/.test(r.name)).length);
	expect(fontFiles).toBe(0);
});

test('buttons and navigation links are big enough to hit (44px)', async ({ page }) => {
	// On a phone the header's links and text size are under "Menu" (a <summary>): open it to measure them.
	for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
		await page.setViewportSize(viewport);
		await page.goto('staying-safe/strong-passwords/');
		const menu = page.locator('.site-header summary', { hasText: 'Menu' });
		if (await menu.isVisible()) await menu.click();
		const targets = page.locator('.site-nav a, .text-size button, .pager a, .breadcrumb a, summary').filter({ visible: true });
		const count = await targets.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) {
			const box = await targets.nth(i).boundingBox();
			expect(box!.height, `${viewport.width} px: ${(await targets.nth(i).textContent()) ?? ''}`).toBeGreaterThanOrEqual(44);
		}
	}
});

test('keyboard focus is clearly visible', async ({ page }) => {
	await page.goto('./');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	const { background, boxShadow } = await focused.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, boxShadow: getComputedStyle(el).boxShadow }));
	expect(background).toBe('rgb(255, 191, 71)');
	expect(boxShadow).not.toBe('none');
});

test('at 200% zoom (320 CSS px wide) nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['./', 'staying-safe/', 'staying-safe/strong-passwords/', 'glossary/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('dark mode follows the system setting', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('./');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(18, 18, 18)');
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('printing drops the navigation and prints link addresses', async ({ page }) => {
	await page.goto('staying-safe/strong-passwords/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.pager')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
	const after = await page.locator('.lesson__body a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('/staying-safe/');
});
