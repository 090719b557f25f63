import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { zipOf } from '../support/offline-copy';
import { test, expect } from './fixtures';

test('the download page gives the zip with its size, date and check code', async ({ page, request }) => {
	const zip = readFileSync(zipOf());
	await page.goto('download/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Download the course');
	const link = page.getByRole('link', { name: /^Download the course \(ZIP file, [\d.]+ (kB|MB)\)$/ });
	await expect(link).toBeVisible();
	const answer = await request.get((await link.getAttribute('href'))!);
	expect(answer.status()).toBe(200);
	expect(Buffer.from(await answer.body()).equals(zip)).toBe(true);

	const facts = page.locator('.download__facts');
	await expect(facts.locator('[data-figure="sha256"]')).toHaveText(createHash('sha256').update(zip).digest('hex'));
	await expect(facts.locator('[data-figure="bytes"]')).toHaveText(zip.byteLength.toLocaleString('en-GB'));
	await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await expect(facts.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	await expect(page.getByText('The download is not ready yet')).toHaveCount(0);
});

test('the steps have pictures, and the page says what works offline', async ({ page }) => {
	await page.goto('download/');
	const pictures = page.locator('.download-steps img');
	await expect(pictures).toHaveCount(4);
	for (const img of await pictures.all()) {
		await img.scrollIntoViewIfNeeded();
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
		expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(20);
	}
	await expect(page.getByRole('heading', { name: 'What works without the internet' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Step 3: Open index\.html$/ })).toBeVisible();
	// The note for the offline copy stays out of sight on the hosted site.
	await expect(page.getByText('You are using the offline copy')).toBeHidden();
});
