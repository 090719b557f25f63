// The keyboard practice against its example (examples/typing-keys.astro: the course's data on a
// bare page): hints for mistakes, skipping and "Start again", touch, axe in each state (light and
// dark) with the version without script, and French words on a French page
// (examples/fr/typing-keys.astro). Done with the keyboard alone on the course's own practice page,
// reporting its score for the lesson: tests/e2e/practice-keys.spec.ts.
import { test, expect } from '../../../tests/e2e/fixtures';
import type { Page } from '@playwright/test';
import { guidedTaskParts, recordCourseEvents, withoutPracticeScripts } from '../../../tests/e2e/practice-support';
import { loadPracticeData } from '../../content-layer/practice-data';
import { axeLightAndDark, exampleUrl } from '../../../tests/support/components';

const path = exampleUrl('practice-keys', 'typing-keys');
const lessonId = 'example-lesson';
const keys = loadPracticeData('PracticeKeys', 'typing-keys');

const parts = (page: Page) => guidedTaskParts(page, 'practice-keys');

test.describe('keyboard practice', () => {
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

	test('axe finds nothing in any state (light and dark)', async ({ page }) => {
		await page.goto(path);
		const { sim, current } = parts(page);
		await expect(sim).toHaveAttribute('data-ready', '');
		const failures = await axeLightAndDark(page, 'first task');
		await current.getByRole('textbox', { name: 'Your name' }).fill('sam');
		await current.getByRole('button', { name: 'Check' }).click();
		await expect(parts(page).feedback).toContainText('Not the same yet.');
		failures.push(...(await axeLightAndDark(page, 'a hint')));
		await current.getByRole('textbox', { name: 'Your name' }).fill('Sam Lee');
		await current.getByRole('textbox', { name: 'Email address' }).fill('sam.lee@example.org');
		await current.getByRole('textbox', { name: 'Town' }).fill('Riverside');
		await expect(parts(page).count).toHaveText('Task 4 of 5');
		failures.push(...(await axeLightAndDark(page, 'the Tab task')));
		expect(failures).toEqual([]);
	});

	test('without its script, the tasks, the keys, the keyboard picture and the AZERTY note are there to read', async ({ page }) => {
		await withoutPracticeScripts(page);
		await page.goto(path);
		const sim = page.locator('practice-keys');
		await expect(sim.locator('[data-readable]')).toBeVisible();
		await expect(sim.getByRole('img', { name: /A keyboard with the keys Shift/ })).toBeVisible();
		await expect(sim).toContainText('AltGr');
		for (const t of keys.tasks) await expect(sim.locator('[data-readable]')).toContainText(t.instruction);
		expect(await axeLightAndDark(page, 'readable version')).toEqual([]);
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

test('on a French page, the keyboard practice speaks French: its tasks, its hints, its count', async ({ page }) => {
	await page.goto(exampleUrl('practice-keys', 'typing-keys', 'fr'));
	const sim = page.locator('practice-keys');
	const current = sim.locator('[data-task]:not([hidden])');
	const count = sim.locator('[data-task-count]');
	await expect(count).toHaveText('Tâche 1 sur 5');
	const name = current.getByRole('textbox', { name: 'Votre nom' });
	await name.fill('léa martin');
	await current.getByRole('button', { name: 'Vérifier' }).click();
	await expect(sim.locator('[data-task-feedback]')).toHaveText('Presque. Vérifiez les majuscules : gardez Maj appuyée et appuyez sur la lettre.');
	await name.fill('Léa Martin');
	await expect(count).toHaveText('Tâche 2 sur 5');
	await expect(sim.locator('[data-task-feedback]')).toContainText('Fait : Maj donne une majuscule, et la touche é donne le é.');
	await expect(sim.getByRole('button', { name: 'Recommencer' })).toBeVisible();
});
