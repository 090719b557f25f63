import { test, expect } from './fixtures';
import { MARKED_DONE, PASSWORDS, SCAM, doneButton, seedProgress, storedProgress } from '../support/progress';

// "This is a shared computer" moves progress between localStorage and sessionStorage, in every
// open tab. Ticking and unticking it must never drop progress, wherever it was made.
const doneCell = (page: import('@playwright/test').Page, title: RegExp) => page.getByRole('row', { name: title }).getByRole('cell').first();

test('unticking "shared computer" keeps what another tab did while it was ticked', async ({ page, context }) => {
	// The pages' clocks are Playwright's, so ten seconds can pass at once (fastForward) instead of waiting.
	await context.clock.install();
	await page.goto('progress/');
	const box = page.getByLabel('This is a shared computer');
	const lesson = await context.newPage();
	await lesson.goto(PASSWORDS);
	await box.check();
	await expect(lesson.getByText('This is a shared computer: your progress is kept only until you close the browser.')).toBeVisible();
	const toggle = doneButton(lesson);
	await toggle.click();
	await expect(toggle).toHaveAccessibleName(MARKED_DONE);
	// Later (tabs forget their own recent changes after ten seconds, see unconfirmed.ts): the mark
	// now lives only in that tab's sessionStorage.
	await context.clock.fastForward(11_000);
	await box.uncheck();
	await expect.poll(async () => (await storedProgress(page))?.lessons['strong-passwords']?.done, { timeout: 5_000 }).toBe(true);
	await expect(toggle).toHaveAccessibleName(MARKED_DONE);
	await page.reload();
	await expect(doneCell(page, /Make strong passwords/)).toHaveText('Done');
});

test('a leftover "shared computer" flag beside saved progress neither hides it nor wipes it', async ({ page }) => {
	await seedProgress(page, { 'strong-passwords': { done: true, results: {} }, 'spot-a-scam': { done: true, results: {} } }, 'progress/');
	await page.evaluate(() => localStorage.setItem('cds:shared-computer', '1'));
	await page.reload();
	await expect(doneCell(page, /Make strong passwords/)).toHaveText('Done');
	await page.getByLabel('This is a shared computer').uncheck();
	await page.reload();
	await expect(doneCell(page, /Make strong passwords/)).toHaveText('Done');
	const stored = await storedProgress(page);
	expect([stored?.lessons['strong-passwords']?.done, stored?.lessons['spot-a-scam']?.done]).toEqual([true, true]);
	await page.goto(SCAM);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
});
