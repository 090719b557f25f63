import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { moduleDone, seedProgress } from '../support/progress';

// My progress: its tools sit below one table a module, thousands of pixels down. A contents list
// in the first screen leads to each; the tables fit a phone; earned certificates are linked.

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 },
] as const;

/** Some progress: one module done, one lesson visited but not done. */
async function openWithProgress(page: Page): Promise<void> {
	const done = await moduleDone(page, 'staying-safe');
	await seedProgress(page, { ...done, 'search-the-web': { done: false, results: {}, lastVisit: '2026-11-01T10:00:00.000Z' } }, 'progress/');
	await expect(page.locator('[data-module="progress-overview"]')).toBeVisible();
}

for (const size of SIZES) {
	test.describe(`My progress at ${size.width} px`, () => {
		// Where each link lands, not how it travels there: without smooth scrolling (the site's
		// reduced-motion setting) each jump is done at once instead of after a second of animation.
		test.use({ viewport: size, reducedMotion: 'reduce' });

		test('a contents list in the first screen leads to each tool', async ({ page }) => {
			await openWithProgress(page);
			const contents = page.getByRole('navigation', { name: 'On this page' });
			const tools = [
				{ link: 'Take your progress with you', heading: 'Take your progress with you', tool: page.getByRole('button', { name: 'Download my progress file' }) },
				{ link: 'Bring your progress here', heading: 'Bring your progress here', tool: page.getByLabel('Choose your progress file') },
				{ link: 'On a shared computer, and forget me', heading: 'On a shared computer', tool: page.getByRole('checkbox', { name: 'This is a shared computer' }) },
				{ link: 'Certificates', heading: 'Certificates', tool: page.getByRole('link', { name: 'Certificate for Staying safe online', exact: true }) },
			];
			for (const { link, heading, tool } of tools) {
				await page.evaluate(() => window.scrollTo(0, 0));
				// The whole link is in the first screen, before any scrolling.
				await expect(contents.getByRole('link', { name: link })).toBeInViewport({ ratio: 1 });
				await contents.getByRole('link', { name: link }).click();
				await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeInViewport();
				await expect(tool).toBeInViewport();
			}
			// "Forget me" is in the same part, just under the switch.
			await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'On a shared computer, and forget me' }).click();
			await expect(page.getByRole('button', { name: 'Forget me on this computer' })).toBeVisible();
		});

		test('each lesson\'s status stays on one line, and nothing scrolls sideways', async ({ page }) => {
			await openWithProgress(page);
			const lines = await page.locator('td[data-cell="done"]').evaluateAll((cells) =>
				cells.map((cell) => {
					const range = document.createRange();
					range.selectNodeContents(cell);
					// One box a line of text (the label shown before it on phones is not in the range).
					const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					return { text: cell.textContent, lines: tops.size };
				}),
			);
			expect(lines.length).toBeGreaterThan(20);
			expect(new Set(lines.map((l) => l.text))).toEqual(new Set(['Done', 'Not yet']));
			expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
		});
	});
}

test('"see above" points to a part that is above', async ({ page }) => {
	await openWithProgress(page);
	const sentence = page.getByText('On a library or other shared computer, see “On a shared computer” above.');
	await expect(sentence).toBeVisible();
	const shared = (await page.getByRole('heading', { level: 2, name: 'On a shared computer' }).boundingBox())!;
	expect(shared.y).toBeLessThan((await sentence.boundingBox())!.y);
});

test('a module\'s certificate is linked from its part of My progress once every lesson is done, not before', async ({ page }) => {
	const done = await moduleDone(page, 'staying-safe');
	const [lastId, ...rest] = Object.keys(done);
	const section = page.getByRole('region', { name: 'Staying safe online' });
	const link = section.getByRole('link', { name: 'You finished Staying safe online: get your certificate' });
	await seedProgress(page, Object.fromEntries(rest.map((id) => [id, done[id]!])), 'progress/');
	await expect(section.getByRole('table')).toBeVisible();
	await expect(link).toBeHidden();
	await seedProgress(page, { ...done, [lastId!]: done[lastId!]! }, 'progress/');
	await expect(link).toBeVisible();
	// Near the top of its part: right under the module's progress bar, above its table.
	expect((await link.boundingBox())!.y).toBeLessThan((await section.getByRole('table').boundingBox())!.y);
	await expect(page.getByRole('region', { name: 'Getting started' }).getByRole('link', { name: /get your certificate/ })).toBeHidden();
	await link.click();
	await expect(page).toHaveURL(/\/certificate\/staying-safe\/$/);
	await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the contents list is not shown, since the parts it leads to need JavaScript', async ({ page }) => {
		await page.goto('progress/');
		await expect(page.getByText('This page needs JavaScript to show your progress')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
	});
});
