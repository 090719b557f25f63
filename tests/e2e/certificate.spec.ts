import { test, expect } from './fixtures';
import { moduleDone, readOutline, seedProgress } from '../support/progress';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('certificates', () => {
	test('before the module is finished, the page says how far the learner is', async ({ page }) => {
		const total = (await readOutline(page)).modules.find((m) => m.id === 'staying-safe')!.lessons.length;
		await seedProgress(page, { 'strong-passwords': { done: true, results: {} } }, 'certificate/staying-safe/');
		await expect(page.getByText(`You have not finished yet: 1 of ${total} lessons done.`)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to Staying safe online' })).toBeVisible();
		await expect(page.getByText('Certificate of completion')).toBeHidden();
	});

	test('a finished module gives a certificate with the name typed, kept only if the learner asks', async ({ page }) => {
		const titles = (await readOutline(page)).modules.find((m) => m.id === 'staying-safe')!.lessons.map((l) => l.title);
		const done = await moduleDone(page, 'staying-safe');
		await seedProgress(page, done, 'progress/');
		await page.getByRole('link', { name: 'Certificate for Staying safe online' }).click();
		const certificate = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(certificate).toContainText('has completed the module');
		await expect(certificate).toContainText('Staying safe online');
		await expect(certificate.getByRole('listitem')).toHaveText(titles);
		const last = Object.values(done).map((r) => (r as { doneAt: string }).doneAt).sort().pop()!;
		const day = new Date(last).toLocaleDateString('en', { dateStyle: 'long' });
		await expect(certificate).toContainText(`Completed on ${day}`);
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Amina <b>Diallo</b>');
		await expect(certificate.locator('[data-name]')).toHaveText('Amina <b>Diallo</b>');
		expect(await page.evaluate(() => localStorage.getItem('cds:learner-name'))).toBeNull();
		await page.getByLabel('Remember my name on this computer').check();
		expect(await page.evaluate(() => localStorage.getItem('cds:learner-name'))).toBe('Amina <b>Diallo</b>');
		await page.reload();
		await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Amina <b>Diallo</b>');
		await page.getByLabel('Remember my name on this computer').uncheck();
		expect(await page.evaluate(() => localStorage.getItem('cds:learner-name'))).toBeNull();
	});

	test('the whole course has a certificate too, listing its modules', async ({ page }) => {
		const outline = await readOutline(page);
		const all: Record<string, object> = {};
		for (const module of outline.modules) Object.assign(all, await moduleDone(page, module.id));
		await seedProgress(page, { 'strong-passwords': { done: true, results: {} } }, 'certificate/');
		await expect(page.getByText('You have not finished yet: 1 of')).toBeVisible();
		await seedProgress(page, all, 'certificate/');
		const certificate = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(certificate).toContainText('has completed the course');
		await expect(certificate.getByRole('listitem')).toHaveText(outline.modules.filter((m) => m.lessons.length).map((m) => m.title));
	});

	test('prints on one A4 page and on one Letter page, with only the certificate', async ({ page }) => {
		await seedProgress(page, await moduleDone(page, 'staying-safe'), 'certificate/staying-safe/');
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Maximilian Alexander Featherstonehaugh-Smith');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Your name, as it should appear on the certificate')).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
		for (const format of ['A4', 'Letter']) {
			expect(pdfPages(await page.pdf({ format })), format).toBe(1);
		}
	});

	test('with storage blocked, the page says why it cannot check, and still lets the learner print', async ({ page }) => {
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('Access is denied for this document.', 'SecurityError');
					},
				});
			}
		});
		await page.goto('certificate/staying-safe/');
		await expect(page.getByText('This browser is not letting the course save anything')).toBeVisible();
		await expect(page.getByText('we cannot check which lessons you did')).toBeVisible();
		await expect(page.getByText(/You have not finished yet/)).toBeHidden();
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Amina Diallo');
		await expect(page.getByRole('article', { name: 'Certificate of completion' }).locator('[data-name]')).toHaveText('Amina Diallo');
	});
});
