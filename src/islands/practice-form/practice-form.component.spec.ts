// The practice form against its example (examples/sign-up-form.astro: the course's data on a bare
// page): each error in plain words, nothing ever sent, "Start again", axe in each state (light and
// dark) and the versions without script, and French words on a French page
// (examples/fr/sign-up-form.astro). Filled in and sent with the keyboard alone on the course's own
// practice page, reporting its score for the lesson: tests/e2e/practice-form.spec.ts.
import { test, expect } from '../../../tests/e2e/fixtures';
import { countRequests, withoutPracticeScripts } from '../../../tests/e2e/practice-support';
import { loadPracticeData } from '../../content-layer/practice-data';
import { axeLightAndDark, exampleUrl } from '../../../tests/support/components';

const path = exampleUrl('practice-form', 'sign-up-form');
const form = loadPracticeData('PracticeForm', 'sign-up-form');
const missing = form.fields.filter((f) => f.required).map((f) => f.errors.missing!);

test.describe('practice form', () => {
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

	test('axe finds nothing in any state (light and dark); "Start again" empties the form', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-form');
		const failures = await axeLightAndDark(page, 'empty form');
		await sim.getByRole('button', { name: form.submit }).click();
		await sim.getByRole('button', { name: 'Show password' }).click();
		await expect(sim.getByRole('button', { name: 'Hide password' })).toBeVisible();
		failures.push(...(await axeLightAndDark(page, 'errors shown, password shown')));
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
		failures.push(...(await axeLightAndDark(page, 'sent')));
		expect(failures).toEqual([]);
		await sim.getByRole('button', { name: 'Start again' }).click();
		await expect(sim.getByRole('textbox', { name: 'Full name' })).toBeFocused();
		await expect(sim.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
	});

	test('axe finds nothing in the readable version (shown when the script cannot run)', async ({ page }) => {
		await withoutPracticeScripts(page);
		await page.goto(path);
		await expect(page.locator('practice-form [data-readable]')).toBeVisible();
		expect(await axeLightAndDark(page, 'readable version')).toEqual([]);
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

test('on a French page, the practice form speaks French: its fields, its errors, its button', async ({ page }) => {
	await page.goto(exampleUrl('practice-form', 'sign-up-form', 'fr'));
	const sim = page.locator('practice-form');
	await sim.getByRole('button', { name: /^M.inscrire$/ }).click();
	const summary = sim.locator('[data-error-summary]');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Il y a un problème');
	await expect(summary.getByRole('link').first()).toHaveText('Indiquez votre nom, par exemple Morel.');
	await expect(sim.getByRole('textbox', { name: 'Nom', exact: true })).toHaveAccessibleDescription(/^Votre nom de famille\. Inventez-en un, par exemple Morel\. Erreur\s:\sIndiquez votre nom/);
	await expect(sim.getByRole('button', { name: 'Afficher le mot de passe' })).toBeVisible();
});
