import { test, expect } from './fixtures';
import { countRequests, expectAccessible, PRACTICE_PAGES, recordCourseEvents, tabTo, withoutPracticeScripts } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.form;
const form = loadPracticeData('PracticeForm', 'sign-up-form');
const missing = form.fields.filter((f) => f.required).map((f) => f.errors.missing!);

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

	test('explains each error in plain words, at the top and at the field', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-form');
		const send = sim.getByRole('button', { name: form.submit });
		await send.click();
		await expect(sim.locator('[data-error-summary] a')).toHaveText(missing);
		const name = sim.getByRole('textbox', { name: 'Full name' });
		await expect(name).toHaveAttribute('aria-invalid', 'true');
		await expect(name).toHaveAccessibleDescription(`Make one up, for example Sam Taylor. Error: ${missing[0]}`);
		await expect(sim.locator('.pf__field--error')).toHaveCount(missing.length);
		await expect(sim.getByRole('textbox', { name: /Phone number/ })).not.toHaveAttribute('aria-invalid');

		await name.fill('Sam Taylor');
		await sim.getByRole('textbox', { name: /Phone number/ }).fill('call me');
		await sim.getByRole('textbox', { name: 'Day' }).fill('31');
		await sim.getByRole('textbox', { name: 'Month' }).fill('2');
		await sim.getByRole('textbox', { name: 'Year' }).fill('1985');
		const password = sim.getByLabel(/^Create a password/);
		await password.fill('short');
		await expect(sim.locator('[data-rule="0"]')).toHaveAttribute('data-met', 'false');
		await send.click();
		await expect(name).not.toHaveAttribute('aria-invalid');
		const links = sim.locator('[data-error-summary] a');
		await expect(links).toContainText(['Enter a phone number with numbers only, like 555 0100.', 'Enter a real date, with the day, month and year as numbers, for example 27 3 1985.']);
		await expect(links).toContainText(['Your password is too short. Use at least 12 characters, for example three random words.']);

		await sim.getByRole('textbox', { name: 'Day' }).fill('1');
		await sim.getByRole('textbox', { name: 'Year' }).fill(String(new Date().getFullYear() + 1));
		await password.fill('Password1234');
		await expect(sim.locator('[data-rule="0"]')).toHaveAttribute('data-met', 'true');
		await expect(sim.locator('[data-rule="1"]')).toHaveAttribute('data-met', 'false');
		await expect(sim.locator('[data-rule="1"]')).toContainText('(not yet)');
		await send.click();
		await expect(links).toContainText(['Your date of birth must be in the past.', 'This password is one of the most common ones, so it is easy to guess. Choose another.']);
		await links.filter({ hasText: 'date of birth' }).click();
		await expect(sim.getByRole('textbox', { name: 'Day' })).toBeFocused();
	});

	test('never sends anything: no request, no new page, the address stays', async ({ page }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		const before = page.url();
		await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
		const requests = countRequests(page);
		const sim = page.locator('practice-form');
		await sim.getByRole('button', { name: form.submit }).click();
		await sim.getByRole('textbox', { name: 'Full name' }).fill('Sam Taylor');
		await sim.getByRole('textbox', { name: 'Full name' }).press('Enter');
		await expect(sim.locator('[data-error-summary]')).toBeVisible();
		expect(page.url()).toBe(before);
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
		expect(requests()).toEqual([]);
	});

	test('axe finds nothing in any state', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(path);
		const sim = page.locator('practice-form');
		await expectAccessible(page, 'practice-form', 'empty form');
		await sim.getByRole('button', { name: form.submit }).click();
		await sim.getByRole('button', { name: 'Show password' }).click();
		await expectAccessible(page, 'practice-form', 'errors shown, password shown');
		await sim.getByRole('textbox', { name: 'Full name' }).fill('Sam Taylor');
		await sim.getByRole('textbox', { name: 'Email address' }).fill('sam@mail.example');
		await sim.getByRole('textbox', { name: 'Day' }).fill('27');
		await sim.getByRole('textbox', { name: 'Month' }).fill('3');
		await sim.getByRole('textbox', { name: 'Year' }).fill('1985');
		await sim.getByRole('combobox').selectOption('Hillside Library');
		await sim.getByRole('checkbox', { name: 'Video calls' }).check();
		await sim.getByLabel(/^Create a password/).fill('purple tractor window');
		await sim.getByRole('checkbox', { name: /I agree/ }).check();
		await sim.getByRole('checkbox', { name: /I am not a robot/ }).check();
		await sim.getByRole('button', { name: form.submit }).click();
		await expect(sim.locator('[data-score]')).toHaveText('You filled in 1 of 9 parts right the first time.');
		await expectAccessible(page, 'practice-form', 'sent');
		await sim.getByRole('button', { name: 'Start again' }).click();
		await expect(sim.getByRole('textbox', { name: 'Full name' })).toBeFocused();
		await expect(sim.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
	});

	test('axe finds nothing in the readable version (shown when the script cannot run)', async ({ page }) => {
		test.setTimeout(60_000);
		await withoutPracticeScripts(page);
		await page.goto(path);
		await expect(page.locator('practice-form [data-readable]')).toBeVisible();
		await expectAccessible(page, 'practice-form', 'readable version');
	});
});

test.describe('practice form with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('is a description of the form, not a form that could send anything', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-form');
		await expect(sim.locator('form, input, select, button')).toHaveCount(0);
		await expect(sim.getByRole('heading', { name: form.heading })).toBeVisible();
		for (const field of form.fields) await expect(sim.locator('li > strong', { hasText: field.label }).first()).toBeVisible();
		await expect(sim.getByText('At least 12 characters. Three random words work well.')).toBeVisible();
		const errors = sim.locator('details');
		await errors.locator('summary').click();
		await expect(errors).toContainText('Enter an email address with an @ and a dot, like sam@mail.example.');
	});
});
