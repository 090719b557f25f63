import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { zipOf } from '../support/offline-copy';
import { test, expect } from './fixtures';

test('the download page gives the English zip with its size, date and check code', async ({ page, request }) => {
	const zip = readFileSync(zipOf('dist', 'en'));
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

/** Sizes as the page writes them: "2.6 MB" (English), "2,6 Mo" (French). */
const megabytes = (bytes: number, locale: 'en' | 'fr') => `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6)}${locale === 'fr' ? '\u00A0Mo' : ' MB'}`;

test('each language’s download page offers its own zip first, then the other language’s as a smaller link', async ({ page, request }) => {
	const english = readFileSync(zipOf('dist', 'en'));
	const french = readFileSync(zipOf('dist', 'fr'));
	const fetched = async (link: ReturnType<typeof page.getByRole>) => Buffer.from(await (await request.get((await link.getAttribute('href'))!)).body());

	await page.goto('download/');
	const main = page.getByRole('link', { name: `Download the course (ZIP file, ${megabytes(english.byteLength, 'en')})` });
	const other = page.getByRole('link', { name: 'Download the French course' });
	await expect(page.locator('.download__other')).toHaveText(`Also in French: Download the French course (ZIP file, ${megabytes(french.byteLength, 'en')})`);
	await expect(other).toHaveAttribute('hreflang', 'fr');
	// The page's own zip comes first.
	expect(await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.textContent!.split('(')[0]!.trim()))).toEqual(['Download the course', 'Download the French course']);
	expect((await fetched(main)).equals(english)).toBe(true);
	expect((await fetched(other)).equals(french)).toBe(true);

	await page.goto('fr/download/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Télécharger le cours');
	const frenchMain = page.getByRole('link', { name: `Télécharger le cours (fichier ZIP, ${megabytes(french.byteLength, 'fr')})` });
	await expect(page.locator('.download__other')).toHaveText(`Aussi en anglais\u00A0: Télécharger le cours en anglais (fichier ZIP, ${megabytes(english.byteLength, 'fr')})`);
	expect((await fetched(frenchMain)).equals(french)).toBe(true);
	expect((await fetched(page.getByRole('link', { name: 'Télécharger le cours en anglais' }))).equals(english)).toBe(true);
	await expect(page.locator('.download__facts [data-figure="sha256"]')).toHaveText(createHash('sha256').update(french).digest('hex'));
	await expect(page.locator('.download__facts dd').first()).toHaveText(/-fr\.zip$/);
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
