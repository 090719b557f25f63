import { test, expect } from './fixtures';
import { BOTH_DONE, seedProgress } from '../support/progress';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('certificates', () => {
	test('before the module is finished, the page says how far the learner is', async ({ page }) => {
		await seedProgress(page, { 'strong-passwords': { done: true, results: {} } }, 'certificate/staying-safe/');
		await expect(page.getByText('You have not finished yet: 1 of 2 lessons done.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to Staying safe online' })).toBeVisible();
		await expect(page.getByText('Certificate of completion')).toBeHidden();
	});

	test('a finished module gives a certificate with the name typed, kept only if the learner asks', async ({ page }) => {
		await seedProgress(page, BOTH_DONE, 'progress/');
		await page.getByRole('link', { name: 'Certificate for Staying safe online' }).click();
		const certificate = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(certificate).toContainText('has completed the module');
		await expect(certificate).toContainText('Staying safe online');
		await expect(certificate.getByRole('listitem')).toHaveText(['Make strong passwords', 'Spot a scam']);
		await expect(certificate).toContainText('Completed on November 21, 2026');
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
		await seedProgress(page, BOTH_DONE, 'certificate/');
		const certificate = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(certificate).toContainText('has completed the course');
		await expect(certificate.getByRole('listitem')).toHaveText(['Staying safe online']);
	});

	test('prints on one A4 page and on one Letter page, with only the certificate', async ({ page }) => {
		await seedProgress(page, BOTH_DONE, 'certificate/staying-safe/');
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Maximilian Alexander Featherstonehaugh-Smith');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Your name, as it should appear on the certificate')).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
		for (const format of ['A4', 'Letter']) {
			expect(pdfPages(await page.pdf({ format })), format).toBe(1);
		}
	});
});
