import { test, expect } from './fixtures';
import { lessonsDone, moduleDone, readOutline, seedProgress } from '../support/progress';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// The certificate on the course's own pages: the journey from My progress, the whole course's
// certificate and printing. Not yet, the name and "remember my name", storage blocked, the keyboard,
// JavaScript off, axe and French words are tested on its example, beside its code:
// src/islands/certificate/certificate.component.spec.ts.
test.describe('certificates', () => {
	test('from My progress, a finished module gives its certificate: its lessons, the day it was finished, the name typed', async ({ page }) => {
		const lessons = (await readOutline(page)).modules.find((m) => m.id === 'staying-safe')!.lessons;
		const titles = lessons.map((l) => l.title);
		const done = lessonsDone(lessons);
		await seedProgress(page, done, 'progress/');
		await page.getByRole('link', { name: 'Certificate for Staying safe online' }).click();
		const certificate = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(certificate).toContainText('has completed the module');
		await expect(certificate).toContainText('Staying safe online');
		await expect(certificate.getByRole('listitem')).toHaveText(titles);
		const last = Object.values(done).map((r) => (r as { doneAt: string }).doneAt).sort().pop()!;
		const day = new Date(last).toLocaleDateString('en', { dateStyle: 'long' });
		await expect(certificate).toContainText(`Completed on ${day}`);
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Amina Diallo');
		await expect(certificate.locator('[data-name]')).toHaveText('Amina Diallo');
	});

	test('the whole course has a certificate too, listing its modules', async ({ page }) => {
		const outline = await readOutline(page);
		// Each module's records as moduleDone makes them, from the one outline read above.
		const all: Record<string, object> = Object.assign({}, ...outline.modules.map((m) => lessonsDone(m.lessons)));
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
});
