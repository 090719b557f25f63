import { fileUrl, guardPage } from '../support/offline-copy';
import { workshopLesson } from '../support/workshop';
import { test, expect } from './fixtures';

const lesson = workshopLesson();

test('from the zip, the slides run inside index.html and the speaker notes window stays in step', async ({ page, copy, problems }) => {
	await page.goto(`${fileUrl(copy)}#/${lesson.slides}`);
	const slides = page.frameLocator('#course-frame');
	await expect(slides.locator('.slide.is-current')).toHaveAttribute('id', 'slide-1');
	await slides.locator('.slide.is-current .slide__title').click();
	await page.keyboard.press('PageDown');
	await expect(slides.locator('.slide.is-current')).toHaveAttribute('id', 'slide-2');
	// The notes open in a window of their own, which file:// pages can only reach through the window link.
	const [notes] = await Promise.all([page.waitForEvent('popup'), slides.getByRole('link', { name: 'Speaker notes' }).click()]);
	await guardPage(notes, problems);
	await expect(notes.locator('.notes-item.is-current')).toHaveAttribute('id', 'slide-2');
	await expect(notes.locator('[data-offline-notice]')).toBeHidden();
	await expect(notes.locator('[data-timer-elapsed]')).toHaveText(/elapsed$/);
	await notes.keyboard.press('PageDown');
	await expect(slides.locator('.slide.is-current')).toHaveAttribute('id', 'slide-3');
	await page.bringToFront();
	await slides.locator('.slide.is-current .slide__title').click();
	await page.keyboard.press('PageDown');
	await expect(notes.locator('.notes-item.is-current')).toHaveAttribute('id', 'slide-4');
	// A question: the answer shown from the notes window shows on the projected slide.
	const question = Number(await slides.locator('.slide--quiz').first().getAttribute('data-slide'));
	await notes.bringToFront();
	await notes.keyboard.type(String(question));
	await notes.keyboard.press('Enter');
	await expect(slides.locator('.slide.is-current')).toHaveAttribute('id', `slide-${question}`);
	await notes.keyboard.press('a');
	await expect(slides.locator('.slide.is-current .quiz-slide__answer-body')).toBeVisible();
	await expect(notes.getByText('The answer is showing on the screen.')).toBeVisible();
	await page.bringToFront();
	await slides.locator('.slide.is-current .slide__title').click();
	// Full screen works from inside the frame (the shell's frame allows it).
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? 'none')).toBe('course-frame');
});

test('from the zip, the guides and handouts open inside index.html', async ({ page, copy }) => {
	const course = page.frameLocator('#course-frame');
	await page.goto(`${fileUrl(copy)}#/trainers/${lesson.module}/`);
	await expect(course.getByRole('heading', { level: 1 })).toContainText('Facilitator guide');
	await expect(course.locator('.trainer-note').first()).toBeVisible();
	await course.getByRole('link', { name: `Handout: ${lesson.title}`, exact: true }).click();
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	await course.getByRole('link', { name: 'Large print' }).click();
	await expect(course.getByRole('link', { name: 'Standard print' })).toBeVisible();
});
