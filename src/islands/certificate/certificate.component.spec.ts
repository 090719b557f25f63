// The certificate page's island against its example (examples/three-lessons.astro: three made-up
// lessons): not yet, ready, storage refused, the name and "remember my name", the keyboard,
// JavaScript off, axe when not yet and ready (light and dark), and French words on a French page
// (examples/fr/three-lessons.astro). The journey from My progress to a real module's certificate,
// the whole course's certificate and printing stay end to end (tests/e2e/certificate.spec.ts).
import { test, expect } from '../../../tests/e2e/fixtures';
import type { Page } from '@playwright/test';
import { axeLightAndDark, exampleUrl } from '../../../tests/support/components';
import { PROGRESS_KEY } from '../../../tests/support/progress';

const PAGE = exampleUrl('certificate', 'three-lessons');
const LESSONS = ['example-one', 'example-two', 'example-three'];
const NAME_LABEL = 'Your name, as it should appear on the certificate';
/** Records of the lessons given, done; the last one was done on 4 March 2026. */
const done = (ids: string[]) =>
	Object.fromEntries(ids.map((id, i) => [id, { done: true, doneAt: `2026-03-0${2 + i}T10:00:00.000Z`, results: {} }]));
/** Opens the page with this progress stored, as if the learner had made it (stored before each load: one load, not two). */
async function openWith(page: Page, lessons: Record<string, object>, path = PAGE): Promise<void> {
	const doc = JSON.stringify({ format: 'cds-progress', version: 1, lessons });
	await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, doc] as const);
	await page.goto(path);
}
const certificate = (page: Page) => page.locator('article.certificate');
const savedName = (page: Page) => page.evaluate(() => localStorage.getItem('cds:learner-name'));

test.describe('the certificate', () => {
	test('before every lesson is done, it says how far the learner is and where to go, and shows no certificate', async ({ page }) => {
		await openWith(page, done(['example-two']));
		await expect(page.getByText('You have not finished yet: 1 of 3 lessons done. Come back when you have done them all.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to Staying safe (example)' })).toBeVisible();
		await expect(certificate(page)).toBeHidden();
		await expect(page.getByLabel(NAME_LABEL)).toBeHidden();
		const failures = await axeLightAndDark(page, 'not yet');
		expect(failures).toEqual([]);
	});

	test('with every lesson done: the certificate, the name typed with the keyboard, kept only if the learner asks', async ({ page }) => {
		await openWith(page, done(LESSONS));
		const article = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(article).toContainText('has completed the module');
		await expect(article).toContainText('Staying safe (example)');
		await expect(article.getByRole('listitem')).toHaveText(['Strong passwords', 'Spot a scam', 'Safe shopping']);
		// The date is the day the last lesson was done, written the page's way.
		await expect(article.locator('[data-date]')).toHaveText('Completed on March 4, 2026');
		// Before a name is typed, the line says "your name".
		await expect(article.locator('[data-name]')).toHaveText('your name');

		// The keyboard alone: Tab to the name box, type, Tab to the checkbox, Space to tick it.
		const input = page.getByLabel(NAME_LABEL);
		for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(input).toBeFocused();
		// What is typed is shown as text, never read as markup.
		await page.keyboard.type('Amina <b>Diallo</b>');
		await expect(article.locator('[data-name]')).toHaveText('Amina <b>Diallo</b>');
		expect(await savedName(page)).toBeNull();
		await page.keyboard.press('Tab');
		const remember = page.getByRole('checkbox', { name: 'Remember my name on this computer' });
		await expect(remember).toBeFocused();
		await page.keyboard.press('Space');
		await expect(remember).toBeChecked();
		expect(await savedName(page)).toBe('Amina <b>Diallo</b>');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Print the certificate' })).toBeFocused();

		await page.reload();
		await expect(input).toHaveValue('Amina <b>Diallo</b>');
		await expect(remember).toBeChecked();
		const failures = await axeLightAndDark(page, 'ready, with a name');
		await remember.uncheck();
		expect(await savedName(page)).toBeNull();
		// On a phone too.
		await page.setViewportSize({ width: 360, height: 740 });
		failures.push(...(await axeLightAndDark(page, 'ready at 360 px')));
		expect(failures).toEqual([]);
	});

	test('with storage blocked, it says why it cannot check, and still lets the learner print', async ({ page }) => {
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('Access is denied for this document.', 'SecurityError');
					},
				});
			}
		});
		await page.goto(PAGE);
		await expect(page.getByText('This browser is not letting the course save anything')).toBeVisible();
		await expect(page.getByText('we cannot check which lessons you did')).toBeVisible();
		await expect(page.getByText(/You have not finished yet/)).toBeHidden();
		await page.getByLabel(NAME_LABEL).fill('Amina Diallo');
		await expect(certificate(page).locator('[data-name]')).toHaveText('Amina Diallo');
	});

	test('on a French page it speaks French, and writes the date the French way', async ({ page }) => {
		await openWith(page, done(LESSONS), exampleUrl('certificate', 'three-lessons', 'fr'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		const article = page.getByRole('article', { name: 'Certificat de réussite' });
		await expect(article).toContainText('a terminé le module');
		await expect(article.locator('[data-date]')).toHaveText('Terminé le 4 mars 2026');
		await page.getByLabel('Votre nom, tel qu’il doit apparaître sur le certificat').fill('Amina Diallo');
		await expect(article.locator('[data-name]')).toHaveText('Amina Diallo');
		await expect(page.getByRole('checkbox', { name: 'Retenir mon nom sur cet ordinateur' })).toBeVisible();
		// Init scripts run in the order added: this progress (one lesson done) replaces the first.
		await openWith(page, done(['example-one']), exampleUrl('certificate', 'three-lessons', 'fr'));
		await expect(page.getByText('Vous n’avez pas encore fini : 1 leçon faite sur 3.', { exact: false })).toBeVisible();
	});
});

test.describe('the certificate, with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('says the page needs JavaScript, and shows no empty certificate', async ({ page }) => {
		await page.goto(PAGE);
		await expect(page.getByText('This page needs JavaScript to check your progress and fill in your certificate')).toBeVisible();
		await expect(certificate(page)).toBeHidden();
		await expect(page.getByText(/You have not finished yet/)).toBeHidden();
	});
});
