import { test, expect } from './fixtures';
import { workshopLesson } from '../support/workshop';
import { PLACEHOLDER_SITE_URL } from '../support/test-sites.mjs';

// The root build keeps the example site address (tests/support/test-sites.mjs): a QR code would lead nowhere.
const lesson = workshopLesson();
const placeholderHost = new URL(PLACEHOLDER_SITE_URL).host;

test('with the example site address, slides have no QR code and the notes tell the trainer what to set', async ({ page, request }) => {
	await page.goto(lesson.slides);
	await expect(page.locator('.qr')).toHaveCount(0);
	await expect(page.locator('[data-qr-missing]')).toHaveCount(0);
	for (const path of [lesson.slides, `present/${lesson.module}/`]) expect(await (await request.get(path)).text(), path).not.toContain(placeholderHost);
	await page.goto(lesson.notes);
	await expect(page.locator('[data-qr-missing]')).toBeVisible();
	await expect(page.locator('[data-qr-missing]')).toContainText('content/course.yaml');
	await expect(page.locator('.notes-item .qr')).toHaveCount(0);
});

test('with the example site address, a handout has no QR code; the line for the trainer stays off the paper', async ({ page, request }) => {
	await page.goto(lesson.handout);
	await expect(page.locator('.qr')).toHaveCount(0);
	const notice = page.locator('[data-qr-missing]');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('siteUrl');
	await page.emulateMedia({ media: 'print' });
	await expect(notice).toBeHidden();
	// Nor does the paper print addresses of course pages on a site that does not exist.
	for (const path of [lesson.handout, `handouts/${lesson.module}/`]) expect(await (await request.get(path)).text(), path).not.toContain(placeholderHost);
});
