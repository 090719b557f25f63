import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MARKED_DONE, PASSWORDS, PROGRESS_KEY, SCAM_QUIZ, answerQuiz, courseKeys, doneButton, seedProgress } from '../support/progress';

/** From the next page on, every write to storage throws this error (reads still work). */
async function refuseWrites(page: Page, error: 'QuotaExceededError' | 'SecurityError'): Promise<void> {
	await page.addInitScript((name) => {
		Storage.prototype.setItem = function () {
			throw new DOMException('Refused.', name);
		};
	}, error);
}

/** Downloads the progress file from My progress and returns it parsed. */
async function downloadProgress(page: Page): Promise<{ lessons: Record<string, { done: boolean }> }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my progress file' }).click();
	return JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
}

test.describe('progress when storage misbehaves', () => {
	test('a corrupt stored value: set aside, the page works, and a plain notice says so', async ({ page }) => {
		await page.goto(PASSWORDS);
		await page.evaluate((key) => localStorage.setItem(key, '{"format":"cds-progress", oops'), PROGRESS_KEY);
		await page.reload();
		await expect(page.getByText('We found saved progress that we could not read. We kept a copy of it and started again.')).toBeVisible();
		const backup = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('cds:progress-backup:')));
		expect(backup?.[1]).toBe('{"format":"cds-progress", oops');
		const toggle = doneButton(page);
		await toggle.click();
		await expect(toggle).toHaveAccessibleName(MARKED_DONE);
		await page.goto('progress/');
		await expect(page.getByText('We also kept a copy of saved progress that could not be read.')).toBeVisible();
		await expect(page.getByRole('row', { name: /Make strong passwords/ }).getByRole('cell').first()).toHaveText('Done');
	});

	test.describe('with storage disabled (it throws, as in locked-down browsers)', () => {
		test.beforeEach(async ({ page }) => {
			await page.addInitScript(() => {
				for (const name of ['localStorage', 'sessionStorage']) {
					Object.defineProperty(window, name, {
						get() {
							throw new DOMException('Access is denied for this document.', 'SecurityError');
						},
					});
				}
			});
		});

		test('the site works, the quiz and the toggle work in memory, and a notice says progress will not be kept', async ({ page }) => {
			await page.goto('./');
			await page.getByRole('link', { name: 'Staying safe online' }).first().click();
			await expect(page.getByText('This browser is not letting the course save anything')).toBeVisible();
			await page.goto(SCAM_QUIZ);
			await expect(page.getByText('This browser is not letting the course save anything')).toBeVisible();
			await answerQuiz(page);
			await expect(page.locator('course-quiz [data-result]')).toContainText(/You got (\d) of \1 right\./);
			await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
			await page.getByRole('button', { name: 'Larger' }).click();
			await page.goto('progress/');
			await expect(page.getByText('This browser is not letting the course save anything')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Download my progress file' })).toBeVisible();
		});
	});

	test('storage full: what happened is kept in the page and the learner is told', async ({ page }) => {
		await page.addInitScript((key) => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (name: string, value: string) {
				if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return setItem.call(this, name, value);
			};
		}, PROGRESS_KEY);
		await page.goto(PASSWORDS);
		const toggle = doneButton(page);
		await toggle.click();
		await expect(toggle).toHaveAccessibleName(MARKED_DONE);
		await expect(page.getByText('This browser’s storage is full, so new progress may not be kept. Your saved progress is still here.')).toBeVisible();
		expect(await courseKeys(page)).toEqual([]);
	});

	for (const [fault, notice] of [
		['QuotaExceededError', 'This browser’s storage is full, so new progress may not be kept. Your saved progress is still here.'],
		['SecurityError', 'This browser lets the course read your saved progress but not save anything new.'],
	] as const) {
		test(`saved progress stays in view and in the file when every write fails (${fault})`, async ({ page }) => {
			await seedProgress(page, { 'strong-passwords': { done: true, doneAt: '2026-11-20T10:00:00.000Z', results: {} } }, PASSWORDS);
			await refuseWrites(page, fault);
			await page.reload();
			await expect(page.getByText(notice)).toBeVisible();
			await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
			await page.goto('progress/');
			await expect(page.getByText(notice)).toBeVisible();
			await expect(page.getByRole('row', { name: /Make strong passwords/ }).getByRole('cell').first()).toHaveText('Done');
			expect((await downloadProgress(page)).lessons['strong-passwords']?.done).toBe(true);
		});
	}

	test('lesson and quiz pages carry no notice words until one applies, and then write it with its link', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		for (const path of [PASSWORDS, SCAM_QUIZ]) {
			await page.goto(path);
			await expect(doneButton(page)).toBeVisible();
			expect(await page.content()).not.toContain('Take your progress with you');
		}
		expect(requested.filter((path) => path.includes('progress-notices'))).toEqual([]);
		await page.evaluate(() => localStorage.clear());
		await refuseWrites(page, 'SecurityError');
		await page.goto(PASSWORDS);
		const notice = page.locator('.lesson-progress [data-notice="memory"]');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('This browser is not letting the course save anything');
		await expect(notice.getByRole('link', { name: 'Take your progress with you' })).toHaveAttribute('href', /progress\/#take$/);
		await expect(page.locator('.lesson-progress [data-notice]')).toHaveCount(1);
	});

	test('a computer clock set to 1999: page after page, no "could not read" notice and no backups', async ({ page }) => {
		await page.clock.install({ time: new Date('1999-06-01T08:00:00Z') });
		for (const path of [PASSWORDS, SCAM_QUIZ, PASSWORDS, 'progress/', PASSWORDS]) {
			await page.goto(path);
			// The notices' place (lesson and quiz pages write their notices only when one applies).
			await expect(page.locator('[data-notice], [data-notices]').first()).toBeAttached();
			await page.waitForFunction(() => Object.keys(localStorage).includes('cds:progress'));
		}
		await doneButton(page).click();
		await page.reload();
		await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
		await expect(page.getByText('We found saved progress that we could not read.')).toBeHidden();
		expect((await courseKeys(page)).filter((key) => key.startsWith('cds:progress-backup:'))).toEqual([]);
	});
});
