import { test, expect } from './fixtures';

// Nothing a script shows later may push the page down (Lighthouse counts it as layout shift).
// The page's scripts are held back until the page has painted, as on a slow computer, so a
// control that appears only when its script runs would move what is below it.

const pages = { lesson: 'staying-safe/strong-passwords/', quiz: 'staying-safe/strong-passwords/quiz/', home: './' };

// Lighthouse's phone (where the text size sits folded in the menu) and a library screen (where it
// sits in the header's row).
const sizes = [
	{ width: 412, height: 823 },
	{ width: 1280, height: 800 },
];

for (const [kind, path] of Object.entries(pages)) for (const size of sizes) {
	test(`the ${kind} page does not shift once its scripts run (${size.width}x${size.height})`, async ({ page }) => {
		await page.setViewportSize(size);
		let painted!: () => void;
		const firstPaint = new Promise<void>((resolve) => (painted = resolve));
		await page.route(/\.js(\?|$)/, async (route) => {
			await firstPaint;
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'commit' });
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
		painted();
		// The text-size control is shown by its script (folded in the menu on a phone): once it is,
		// every script has had its turn.
		await expect(page.locator('.text-size')).toHaveJSProperty('hidden', false);
		await expect(page.locator('.text-size')).toHaveAttribute('data-text-size-started', '');
		await page.waitForLoadState('load');
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					const add = (entries: PerformanceEntryList) => {
						for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
					};
					const observer = new PerformanceObserver((list) => add(list.getEntries()));
					observer.observe({ type: 'layout-shift', buffered: true });
					requestAnimationFrame(() =>
						requestAnimationFrame(() => {
							add(observer.takeRecords());
							observer.disconnect();
							resolve(total);
						}),
					);
				}),
		);
		expect(shift).toBeLessThan(0.01);
	});
}
