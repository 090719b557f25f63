import type { FrameLocator, Page } from '@playwright/test';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';
import { answerQuiz, fillLocalStorage, quizLesson } from './quiz-lesson';

// Storage faults in the offline copy (Chromium), opened through index.html: the shell page keeps
// the progress, so when its storage is full or blocked, the page must hear of it and say so.
const lesson = quizLesson();
const FULL = 'This browser’s storage is full';
const BLOCKED = 'This browser is not letting the course save anything';

async function passQuiz(course: FrameLocator): Promise<void> {
	await course.getByRole('link', { name: 'Take the quiz' }).click();
	await answerQuiz(course, lesson);
	await expect(course.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
}

/** How many messages the shell page (index.html) receives from its frame in `ms` milliseconds. */
const messagesToShellIn = (page: Page, ms: number) =>
	page.evaluate(
		(wait) =>
			new Promise<number>((resolve) => {
				let count = 0;
				const counter = () => count++;
				window.addEventListener('message', counter);
				setTimeout(() => {
					window.removeEventListener('message', counter);
					resolve(count);
				}, wait);
			}),
		ms,
	);

test.describe('the offline copy when the shell cannot save', () => {
	test('storage full: the quiz page says so, and My progress offers the file to take away', async ({ page, copy }) => {
		test.setTimeout(60_000);
		const course = page.frameLocator('#course-frame');
		await page.goto(`${fileUrl(copy)}#/${lesson.path}`);
		await expect(course.locator('html')).toHaveAttribute('data-offline-storage', 'shell');
		// Fill only once the visit is saved: the essentials later take the place of that copy.
		await expect.poll(() => page.evaluate(() => localStorage.getItem('cds:progress') !== null)).toBe(true);
		await page.evaluate(fillLocalStorage);
		await page.reload();
		await expect(course.locator('html')).toHaveAttribute('data-offline-storage', 'shell');
		await passQuiz(course);
		await expect(course.getByText(FULL)).toBeVisible();
		// Then page and shell fall quiet: the page once wrote again at each "failed", and the shell
		// answered each write with "failed", thousands of messages a second for as long as it was open.
		expect(await messagesToShellIn(page, 1000)).toBeLessThan(5);
		// The store then saved the essentials (done, best scores) in place of its larger copy: the
		// lesson's "done" is kept in the shell's storage, not only in its memory.
		const saved = await page.evaluate(() => localStorage.getItem('cds:progress'));
		expect(JSON.parse(saved ?? '{}').lessons?.[lesson.id]?.done).toBe(true);
		await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
		// The shell keeps what it could not save while it is open: the next page still shows it.
		await expect(course.locator(`tr[data-lesson-id="${lesson.id}"] [data-cell="done"]`)).toHaveText('Done');
		await expect(course.getByRole('button', { name: 'Download my progress file' })).toBeVisible();
		await page.evaluate(() => localStorage.clear());
	});

	test('storage blocked in the shell: the page says nothing will be kept', async ({ page, copy }) => {
		test.setTimeout(60_000);
		// Only the shell (the top page) loses its storage; the course page inside keeps its own.
		await page.addInitScript(() => {
			if (window.parent !== window) return;
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('Access is denied for this document.', 'SecurityError');
					},
				});
			}
		});
		const course = page.frameLocator('#course-frame');
		await page.goto(`${fileUrl(copy)}#/${lesson.path}`);
		await passQuiz(course);
		await expect(course.getByText(BLOCKED)).toBeVisible();
		expect(await messagesToShellIn(page, 1000)).toBeLessThan(5);
	});
});

test('an address the copy does not have (an old bookmark) shows the course\'s own "page not found"', async ({ page, copy }) => {
	const course = page.frameLocator('#course-frame');
	await page.goto(`${fileUrl(copy)}#/staying-safe/a-lesson-that-was-renamed/`);
	await expect(course.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
	// A page the copy has still opens as before.
	await page.goto(`${fileUrl(copy)}#/${lesson.path}`);
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
});
