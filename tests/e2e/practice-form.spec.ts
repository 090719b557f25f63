import { test, expect } from './fixtures';
import { PRACTICE_PAGES, recordCourseEvents, tabTo } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.form;
const form = loadPracticeData('PracticeForm', 'sign-up-form');

// The practice on its own page of the course: filled in and sent with the keyboard alone, it
// reports its score for the lesson. Each error in plain words, nothing ever sent, "Start again",
// axe in each state, the versions without script and French words are tested on its example,
// beside its code: src/islands/practice-form/practice-form.component.spec.ts.
test.describe('practice form', () => {
	test('can be filled in and sent with the keyboard alone, and reports its score like a quiz', async ({ page }) => {
		test.setTimeout(90_000);
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const sim = page.locator('practice-form');
		const before = page.url();
		await tabTo(page, sim.getByRole('textbox', { name: 'Full name' }));
		await page.keyboard.type('Sam Taylor');
		await page.keyboard.press('Tab');
		await page.keyboard.type('sam');
		await page.keyboard.press('Tab');
		await expect(sim.getByRole('textbox', { name: /Phone number/ })).toBeFocused();
		for (const part of ['Tab', '27', 'Tab', '3', 'Tab', '1985', 'Tab']) await (part === 'Tab' ? page.keyboard.press('Tab') : page.keyboard.type(part));
		await expect(sim.getByRole('combobox')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(sim.getByRole('combobox')).toHaveValue('Riverside Library');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(sim.getByRole('checkbox', { name: 'Sending emails' })).toBeChecked();
		await tabTo(page, sim.getByLabel(/^Create a password/));
		await page.keyboard.type('purple tractor window');
		await expect(sim.locator('[data-rule][data-met="true"]')).toHaveCount(2);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(sim.getByLabel(/^Create a password/)).toHaveAttribute('type', 'text');
		await expect(sim.getByRole('button', { name: 'Hide password' })).toBeFocused();
		await tabTo(page, sim.getByRole('checkbox', { name: /I agree to the club rules/ }));
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(sim.getByRole('checkbox', { name: /I am not a robot/ })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(sim.getByRole('button', { name: form.submit })).toBeFocused();
		await page.keyboard.press('Enter');

		const summary = sim.locator('[data-error-summary]');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText(['Enter an email address with an @ and a dot, like sam@mail.example.']);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const email = sim.getByRole('textbox', { name: 'Email address' });
		await expect(email).toBeFocused();
		expect(page.url()).toBe(before);
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('sam@mail.example');
		await tabTo(page, sim.getByRole('button', { name: form.submit }));
		await page.keyboard.press('Enter');

		await expect(sim.getByRole('heading', { name: 'Sent (practice only)' })).toBeFocused();
		await expect(sim.locator('[data-done]')).toContainText('Nothing was sent anywhere: this was practice.');
		await expect(sim.locator('[data-score]')).toHaveText('You filled in 8 of 9 parts right the first time.');
		await expect(sim.locator('[data-status]')).toHaveText('You filled in 8 of 9 parts right the first time.');
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-form', score: 8, total: 9 }]);
		expect(page.url()).toBe(before);
	});
});
