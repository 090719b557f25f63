import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PASSWORDS, SCAM, SCAM_QUIZ, answerQuiz, courseKeys, doneButton, questionIds, storedProgress } from '../support/progress';

test.describe('taking progress to another computer', () => {
	let total = 0;
	test.beforeEach(async ({ page }) => {
		await page.goto(SCAM_QUIZ);
		const ids = await questionIds(page);
		await answerQuiz(page, [ids[0]!]);
		total = ids.length;
		await page.goto(PASSWORDS);
		await doneButton(page).click();
		await page.getByRole('button', { name: 'Larger' }).click();
	});

	test('download the file, forget me, import the file: progress is back', async ({ page }) => {
		await page.goto('progress/');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download my progress file' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^course-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(JSON.parse(text)).toMatchObject({ format: 'cds-progress', version: 1, course: 'Community Digital Skills' });

		await page.getByRole('button', { name: 'Forget me on this computer' }).click();
		await expect(page.getByText('Are you sure? This erases all your progress')).toBeFocused();
		await page.getByRole('button', { name: 'No, keep it' }).click();
		await expect(page.getByRole('button', { name: 'Forget me on this computer' })).toBeFocused();
		expect(await courseKeys(page)).toContain('cds:text-size');
		await page.getByRole('button', { name: 'Forget me on this computer' }).click();
		await page.getByRole('button', { name: 'Yes, erase everything' }).click();
		await expect(page.getByText('Everything this course saved on this computer has been erased.')).toBeFocused();
		expect(await courseKeys(page)).toEqual([]);
		await expect(page.getByRole('row', { name: /Make strong passwords/ }).getByRole('cell').first()).toHaveText('Not yet');

		await page.getByLabel('Choose your progress file').setInputFiles({ name: 'course-progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		const preview = page.locator('[data-preview]');
		await expect(preview.getByRole('heading', { name: 'What will change' })).toBeFocused();
		await expect(preview).toContainText('Make strong passwords: will count as done');
		await expect(preview).toContainText('Spot scams and phishing: will count as done');
		await expect(preview).toContainText(`Spot scams and phishing: Quiz score ${total - 1} of ${total}`);
		// Nothing changes before the learner says so.
		expect(await storedProgress(page)).toBeNull();
		await page.getByRole('button', { name: 'Add this progress' }).click();
		await expect(page.getByText('Done: your progress has been added.')).toBeFocused();
		await expect(page.locator('tr[data-lesson-id="spot-a-scam"] td').nth(1)).toHaveText(`Quiz: ${total - 1} of ${total}`);
		await page.reload();
		await expect(page.getByRole('row', { name: /Make strong passwords/ }).getByRole('cell').first()).toHaveText('Done');
	});

	test('the short code goes across, and a typo is caught and changes nothing', async ({ page }) => {
		await page.goto('progress/');
		await page.getByRole('button', { name: 'Show my progress code' }).click();
		const code = (await page.locator('[data-code]').textContent())!;
		expect(code).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{1,4})+$/); // groups of four (docs/progress-formats.md)
		await page.getByRole('button', { name: 'Forget me on this computer' }).click();
		await page.getByRole('button', { name: 'Yes, erase everything' }).click();

		const field = page.getByLabel('Or type your progress code');
		const last = code[code.length - 1]!;
		await field.fill(code.slice(0, -1) + (last === '7' ? '8' : '7'));
		await page.getByRole('button', { name: 'Check my code' }).click();
		const error = page.locator('[data-error]');
		await expect(error).toBeFocused();
		await expect(error).toContainText('This code has a mistake. Check each letter and number against your paper.');
		await expect(error).toContainText('Your progress on this computer has not changed.');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(await storedProgress(page)).toBeNull();

		await field.fill(` ${code.toLowerCase().replace('-', ' ')} `);
		await page.getByRole('button', { name: 'Check my code' }).click();
		await expect(page.locator('[data-preview]')).toContainText('Make strong passwords: will count as done');
		await page.getByRole('button', { name: 'Add this progress' }).click();
		expect((await storedProgress(page))?.lessons).toMatchObject({ 'strong-passwords': { done: true }, 'spot-a-scam': { done: true } });
	});

	test('a file that is not progress is refused with a clear message, and progress is untouched', async ({ page }) => {
		await page.goto('progress/');
		const before = await storedProgress(page);
		const input = page.getByLabel('Choose your progress file');
		await input.setInputFiles({ name: 'holiday.json', mimeType: 'application/json', buffer: Buffer.from('{"photos": 12}') });
		await expect(page.locator('[data-error]')).toContainText('This is not a progress file from this course.');
		await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
		await expect(page.locator('[data-error]')).toContainText('This file is not a progress file.');
		expect(await storedProgress(page)).toEqual(before);
	});

	test('imported text is never inserted as HTML', async ({ page }) => {
		await page.goto('progress/');
		const hostile = JSON.stringify({
			format: 'cds-progress',
			version: 1,
			note: '<img src=x id=injected>',
			lessons: { 'spot-a-scam': { done: true, comment: '<img src=x id=injected2>', results: { 'practice-inbox': { best: 2, total: 3, label: '<b id=injected3>x</b>' } } } },
		});
		await page.getByLabel('Choose your progress file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
		await page.getByRole('button', { name: 'Add this progress' }).click();
		await expect(page.locator('tr[data-lesson-id="spot-a-scam"] td').nth(1)).toContainText('Practice (inbox): 2 of 3');
		await expect(page.locator('#injected, #injected2, #injected3')).toHaveCount(0);
		// The unknown fields are kept as they were (a newer edition may need them).
		expect(await page.evaluate(() => localStorage.getItem('cds:progress'))).toContain('<img src=x id=injected2>');
	});

	test('"This is a shared computer" keeps progress only in this browser session, and reminds the learner', async ({ page }) => {
		await page.goto('progress/');
		await page.getByLabel('This is a shared computer').check();
		await expect(page.getByText('This is a shared computer: your progress is kept only until you close the browser.')).toBeVisible();
		expect(await storedProgress(page, 'localStorage')).toBeNull();
		expect((await storedProgress(page, 'sessionStorage'))?.lessons['strong-passwords']?.done).toBe(true);
		await page.goto(SCAM);
		await expect(page.getByText('This is a shared computer')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Take your progress with you' })).toBeVisible();
		await page.goto('progress/');
		await expect(page.getByLabel('This is a shared computer')).toBeChecked();
		await page.getByLabel('This is a shared computer').uncheck();
		expect(await storedProgress(page, 'sessionStorage')).toBeNull();
		expect((await storedProgress(page, 'localStorage'))?.lessons['spot-a-scam']?.done).toBe(true);
	});
});
