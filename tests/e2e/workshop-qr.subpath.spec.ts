import { test, expect } from './fixtures';
import { workshopLesson } from '../support/workshop';
import { readQr } from '../support/read-qr';

// The sub-path build has a real site address (tests/support/test-sites.mjs): its QR codes must work.
const lesson = workshopLesson();
const CM = 96 / 2.54;

test('the QR code on the title slide reads as the lesson\'s hosted address, with a caption the back row can read', async ({ page }) => {
	await page.goto(lesson.slides);
	const title = page.locator('#slide-1');
	const qr = title.locator('.qr');
	const picture = qr.locator('img.qr-code');
	await expect(picture).toBeVisible();
	// A picture of its own, loaded: one file the slides, the notes and the handouts share.
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	const src = await picture.getAttribute('src');
	expect(src).toMatch(/^\/course\/qr\/[^/]+\/[^/]+\.svg$/);
	await expect(qr.locator('figcaption')).toContainText(lesson.hosted.replace(/^https:\/\//, ''));
	// The code leads to the hosted site, also from the offline copy: the caption says so.
	await expect(qr.locator('figcaption')).toContainText('it needs the internet');
	expect(await readQr(page, picture)).toBe(lesson.hosted);
	const size = (selector: string) => title.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	const body = await size('.slide__inner');
	expect(await size('.qr figcaption')).toBeGreaterThanOrEqual(body * 0.8);
	expect(await size('.qr__url')).toBeGreaterThanOrEqual(body);
	await expect(page.locator('[data-qr-missing]')).toHaveCount(0);
});

test('on a printed handout the QR code is at least 2.5 cm wide and reads as the lesson\'s address', async ({ page }) => {
	await page.goto(lesson.handout);
	await page.emulateMedia({ media: 'print' });
	const svg = page.locator('.handout .qr img.qr-code').first();
	await expect(svg).toBeVisible();
	await expect.poll(() => svg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	const width = (await svg.boundingBox())!.width;
	expect(width / CM).toBeGreaterThanOrEqual(2.5);
	// A screenshot at the printed size (96 dots an inch, less than any printer), read back.
	expect(await readQr(page, svg)).toBe(lesson.hosted);
	await expect(page.locator('[data-qr-missing]')).toHaveCount(0);
	// Links to course pages print their address on the hosted site.
	const printed = await page.locator('.print-link__address').allTextContents();
	for (const address of printed.filter((a) => a.includes('skills.library.community'))) expect(address).toContain('skills.library.community/course/');
});

test('a lesson\'s slides, notes, handout and module handout show one QR picture file, not a copy each', async ({ page }) => {
	const sources: string[] = [];
	for (const path of [lesson.slides, lesson.notes, lesson.handout, lesson.handout.replace(/[^/]+\/$/, '')]) {
		await page.goto(path);
		const figure = page.locator(`.qr[data-qr-url="${lesson.hosted}"]`).first();
		await expect(figure.locator('img.qr-code')).toBeVisible();
		// The page itself holds no drawing of the code.
		await expect(page.locator('.qr svg')).toHaveCount(0);
		sources.push((await figure.locator('img.qr-code').getAttribute('src'))!);
	}
	expect(new Set(sources).size, sources.join(', ')).toBe(1);
});
