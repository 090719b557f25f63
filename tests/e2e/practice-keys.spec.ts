import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { countRequests, expectAccessible, guidedTaskParts, PRACTICE_PAGES, recordCourseEvents, tabTo, withoutPracticeScripts } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.keys;
const keys = loadPracticeData('PracticeKeys', 'typing-keys');
const task = (id: string) => keys.tasks.find((t) => t.id === id)!;

const parts = (page: Page) => guidedTaskParts(page, 'practice-keys');

test.describe('keyboard practice', () => {
	test('can be done with the keyboard alone, and reports its score like a quiz', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, current, count, feedback } = parts(page);
		await expect(sim).toHaveAttribute('data-ready', '');
		const requests = countRequests(page);
		await expect(count).toHaveText('Task 1 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'Your name' }));
		await page.keyboard.type('Sam Lee');
		await expect(feedback).toHaveText(`Done: ${task('name').done} Next task: ${task('email').instruction}`);
		await expect(current.locator('[data-instruction]')).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.type('sam.lee@example.org');
		await expect(count).toHaveText('Task 3 of 5');

		// The mistake: the cursor goes just after the two d letters, one Backspace fixes it.
		const town = current.getByRole('textbox', { name: 'Town' });
		await expect(town).toHaveValue('Riversidde');
		await tabTo(page, town);
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Backspace');
		await expect(count).toHaveText('Task 4 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'First name' }));
		await page.keyboard.press('Tab');
		await expect(count).toHaveText('Task 5 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'Search' }));
		await page.keyboard.type('library');
		await page.keyboard.press('Enter');
		await expect(feedback).toHaveText(`Done: ${task('enter').done} All tasks done. You did 5 of 5 tasks yourself.`);
		await expect(feedback).toBeFocused();
		await expect(count).toHaveText('');
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-keys', score: 5, total: 5 }]);
		expect(requests()).toEqual([]);
		await expect(page).toHaveURL(new RegExp(`${path}$`));
	});

	test('a mistake only says what to look at, and nothing is lost', async ({ page }) => {
		await page.goto(path);
		const { current, count, feedback } = parts(page);
		const name = current.getByRole('textbox', { name: 'Your name' });
		await name.click();
		await page.keyboard.type('sam lee');
		await page.keyboard.press('Enter');
		await expect(feedback).toHaveText('Almost. Check the capital letters: hold Shift and press the letter.');
		await expect(name).toHaveValue('sam lee');
		await expect(count).toHaveText('Task 1 of 5');
		await name.fill('');
		await current.getByRole('button', { name: 'Check' }).click();
		await expect(feedback).toHaveText('The box is empty. Click in it, then type.');
		await name.fill('Sam Lee');
		await expect(count).toHaveText('Task 2 of 5');
		const email = current.getByRole('textbox', { name: 'Email address' });
		await email.click();
		await page.keyboard.type('sam.lee2example.org');
		await page.keyboard.press('Enter');
		await expect(feedback).toContainText('The @ is missing');
		await expect(email).toHaveValue('sam.lee2example.org');
	});

	test('"Start again" clears every box for the next learner; skipping never blocks', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, current, count, restart } = parts(page);
		await current.getByRole('textbox', { name: 'Your name' }).fill('Sam Lee');
		await current.getByRole('button', { name: 'Skip this task' }).click();
		await expect(count).toHaveText('Task 3 of 5');
		await current.getByRole('textbox', { name: 'Town' }).fill('Riv');
		await restart.click();
		await expect(count).toHaveText('Task 1 of 5');
		await expect(current.locator('[data-instruction]')).toBeFocused();
		await expect(sim.getByRole('textbox', { name: 'Your name' })).toHaveValue('');
		await expect(sim.locator('[data-task="fix"] input')).toHaveValue('Riversidde');
		expect(await events()).toEqual([]);
	});

	test('axe finds nothing in any state', async ({ page }) => {
		await page.goto(path);
		const { current } = parts(page);
		const check = (state: string) => expectAccessible(page, 'practice-keys', state);
		await check('first task');
		await current.getByRole('textbox', { name: 'Your name' }).fill('sam');
		await current.getByRole('button', { name: 'Check' }).click();
		await check('a hint');
		await current.getByRole('textbox', { name: 'Your name' }).fill('Sam Lee');
		await current.getByRole('textbox', { name: 'Email address' }).fill('sam.lee@example.org');
		await current.getByRole('textbox', { name: 'Town' }).fill('Riverside');
		await check('the Tab task');
	});

	test('without its script, the tasks, the keys, the keyboard picture and the AZERTY note are there to read', async ({ page }) => {
		await withoutPracticeScripts(page);
		await page.goto(path);
		const sim = page.locator('practice-keys');
		await expect(sim.locator('[data-readable]')).toBeVisible();
		await expect(sim.getByRole('img', { name: /A keyboard with the keys Shift/ })).toBeVisible();
		await expect(sim).toContainText('AltGr');
		for (const t of keys.tasks) await expect(sim.locator('[data-readable]')).toContainText(t.instruction);
		await expectAccessible(page, 'practice-keys', 'readable version');
	});
});

test.describe('keyboard practice on a touchscreen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });

	test('taps and the on-screen keyboard do every task (a tap on the next box stands for Tab)', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { current, count } = parts(page);
		await current.getByRole('textbox', { name: 'Your name' }).tap();
		await page.keyboard.insertText('Sam Lee');
		await expect(count).toHaveText('Task 2 of 5');
		await current.getByRole('textbox', { name: 'Email address' }).tap();
		await page.keyboard.insertText('sam.lee@example.org');
		await current.getByRole('textbox', { name: 'Town' }).tap();
		await page.keyboard.press('End');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.insertText('ide');
		await expect(count).toHaveText('Task 4 of 5');
		await current.getByRole('textbox', { name: 'First name' }).tap();
		await current.getByRole('textbox', { name: 'Last name' }).tap();
		await expect(count).toHaveText('Task 5 of 5');
		await current.getByRole('textbox', { name: 'Search' }).tap();
		await page.keyboard.insertText('library');
		await current.getByRole('button', { name: 'Search' }).tap();
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-keys', score: 5, total: 5 }]);
	});
});
