import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PASSWORDS, SCAM, doneButton, readOutline, storedProgress } from '../support/progress';

// Two or more tabs writing progress at (nearly) the same moment: Chromium hands a tab's storage
// writes to other tabs a moment later, so each tab wrote over the other's. Nothing may be lost.

/** Progress as a tab opened now would see it (after the other tabs' writes have arrived). */
const lessonsSeen = async (page: Page) => Object.keys((await storedProgress(page))?.lessons ?? {}).sort();

test('two "mark done" clicks in two tabs at the same moment: both lessons count as done', async ({ page, context }) => {
	test.setTimeout(90_000);
	const other = await context.newPage();
	for (let run = 0; run < 8; run++) {
		await page.goto(SCAM);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await other.goto(PASSWORDS);
		const buttons = [page, other].map((p) => doneButton(p));
		for (const button of buttons) await expect(button).toBeVisible();
		await Promise.all(buttons.map((b) => b.evaluate((el: HTMLElement) => el.click())));
		await expect
			.poll(async () => {
				const doc = await storedProgress(page);
				return ['spot-a-scam', 'strong-passwords'].map((id) => doc?.lessons[id]?.done === true);
			}, { message: `run ${run}`, timeout: 5_000 })
			.toEqual([true, true]);
	}
});

test('four lesson tabs opened at once (a restored session): every visit is kept', async ({ page, context }) => {
	test.setTimeout(90_000);
	const lessons = (await readOutline(page)).modules.flatMap((m) => m.lessons).slice(0, 4);
	for (let run = 0; run < 5; run++) {
		await page.evaluate(() => localStorage.clear());
		const tabs = await Promise.all(lessons.map(() => context.newPage()));
		await Promise.all(tabs.map((tab, i) => tab.goto(lessons[i]!.url)));
		await expect.poll(() => lessonsSeen(page), { message: `run ${run}`, timeout: 5_000 }).toEqual(lessons.map((l) => l.id).sort());
		await Promise.all(tabs.map((tab) => tab.close()));
	}
});
