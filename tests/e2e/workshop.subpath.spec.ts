import { test, expect } from './fixtures';
import { workshopLesson } from '../support/workshop';

const lesson = workshopLesson();

// The same workshop pages under /course/: styles, scripts and links stay under the sub-path.
test('under a sub-path, the slides move, open their notes, and link back to the guide', async ({ page }) => {
	await page.goto(lesson.slides);
	expect(new URL(page.url()).pathname).toBe(`/course/${lesson.slides}`);
	await expect(page.locator('.slide.is-current')).toHaveAttribute('id', 'slide-1');
	await page.keyboard.press('PageDown');
	await expect(page.locator('.slide.is-current')).toHaveAttribute('id', 'slide-2');
	expect(await page.locator('.slide.is-current').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
	await expect(page.getByRole('link', { name: 'Speaker notes' })).toHaveAttribute('href', `/course/${lesson.notes}`);
	await page.goto(lesson.notes);
	await expect(page.getByRole('link', { name: 'Facilitator guide' })).toHaveAttribute('href', `/course/trainers/${lesson.module}/`);
	await expect(page.locator('.notes-item.is-current')).toHaveAttribute('id', 'slide-1');
});
