import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator } from '@playwright/test';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';
import { closeOnceOnDisk, openWithProfile } from './persistent-chromium';
import { answerQuiz, quizLesson } from './quiz-lesson';
import { MARKED_DONE, doneButton } from '../support/progress';
import { PROGRESS_KEY } from '../../src/lib/progress/storage-keys';

// Progress in the offline copy (Chromium): a quiz answered on a lesson page counts on every other
// page, after a restart, and on the certificate. The answers come from the lesson's frontmatter.
const lesson = quizLesson();
const inModule = lesson.module.lessons.length;

const heading = (course: FrameLocator) => course.getByRole('heading', { level: 1 });

test('a quiz passed inside index.html shows on the module page, the home page and My progress, and after a restart', async ({ copy }) => {
	test.setTimeout(60_000);
	const profile = mkdtempSync(join(tmpdir(), 'cds-chromium-profile-'));
	const problems: string[] = [];
	try {
		let open = await openWithProfile(profile, copy, problems, `#/${lesson.path}`);
		let { context, course } = open;
		await expect(heading(course)).toHaveText(lesson.title);
		await expect(course.locator('html')).toHaveAttribute('data-offline-storage', 'shell');
		await course.getByRole('link', { name: 'Take the quiz' }).click();
		await expect(heading(course)).toHaveText(`Quiz: ${lesson.title}`);
		await answerQuiz(course, lesson);
		const result = course.locator('course-quiz [data-result]');
		await expect(result).toContainText(`You got ${lesson.score} of ${lesson.total} right.`);
		await expect(result).toContainText('this lesson now counts as done');
		await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);

		// Another page, reached by the course's own links: the module page counts it.
		await course.getByRole('link', { name: `Back to the module: ${lesson.module.title}` }).click();
		await expect(heading(course)).toHaveText(lesson.module.title);
		await expect(course.locator('[data-slot="module-progress"]')).toContainText(`1 of ${inModule} lessons done`);
		await expect(course.locator(`.lesson-list__item[data-lesson-id="${lesson.id}"] .lesson-list__done`)).toBeVisible();

		await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
		const row = course.locator(`tr[data-lesson-id="${lesson.id}"]`);
		await expect(row.locator('[data-cell="done"]')).toHaveText('Done');
		await expect(row.locator('[data-cell="scores"]')).toHaveText(`Quiz: ${lesson.score} of ${lesson.total}`);
		await closeOnceOnDisk(open, profile, [PROGRESS_KEY]);

		// Restart: the home page remembers, and "Continue" leads to the next lesson.
		open = await openWithProfile(profile, copy, problems);
		({ context, course } = open);
		const home = course.locator('[data-slot="continue"]');
		await expect(home).toContainText(`Whole course: 1 of ${lesson.courseLessons} lessons done`);
		if (lesson.next) {
			await home.getByRole('link', { name: `Continue with: ${lesson.next.title}` }).click();
			await expect(heading(course)).toHaveText(lesson.next.title);
		}
		await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
		await expect(course.locator(`tr[data-lesson-id="${lesson.id}"] [data-cell="scores"]`)).toHaveText(`Quiz: ${lesson.score} of ${lesson.total}`);
		await course.getByRole('link', { name: lesson.title, exact: true }).click();
		await expect(course.getByText(`Your best quiz score: ${lesson.score} of ${lesson.total}.`)).toBeVisible();
		await context.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	expect(problems).toEqual([]);
});

test('the certificate page of the copy says how far the learner is, then lists the lessons done', async ({ page, copy }) => {
	test.setTimeout(60_000);
	const course = page.frameLocator('#course-frame');
	const [first, ...rest] = lesson.module.lessons;
	await page.goto(`${fileUrl(copy)}#/${first!.path}`);
	const done = doneButton(course);
	await done.click();
	await expect(done).toHaveAccessibleName(MARKED_DONE);
	await page.goto(`${fileUrl(copy)}#/certificate/${lesson.module.path}`);
	await expect(heading(course)).toHaveText(`Certificate: ${lesson.module.title}`);
	await expect(course.getByText(`You have not finished yet: 1 of ${inModule} lessons done.`)).toBeVisible();

	// Lesson after lesson with "Next", as a learner goes through the module.
	await course.getByRole('link', { name: `Go to ${lesson.module.title}` }).click();
	await course.getByRole('link', { name: first!.title, exact: true }).click();
	for (const next of rest) {
		await course.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
		await expect(heading(course)).toHaveText(next.title);
		await done.click();
		await expect(done).toHaveAccessibleName(MARKED_DONE);
	}
	await course.getByRole('link', { name: `Back to the module: ${lesson.module.title}` }).click();
	await expect(course.locator('[data-slot="module-progress"]')).toContainText(`${inModule} of ${inModule} lessons done`);
	await course.getByRole('link', { name: 'Get your certificate' }).click();
	const certificate = course.getByRole('article', { name: 'Certificate of completion' });
	await expect(certificate).toContainText('has completed the module');
	await expect(certificate).toContainText(lesson.module.title);
	await expect(certificate.getByRole('listitem')).toHaveText(lesson.module.lessons.map((l) => l.title));
	await expect(certificate.locator('[data-date]')).toHaveText(/^Completed on \S.*\d{4}$/);
	await course.getByLabel('Your name, as it should appear on the certificate').fill('Amina Diallo');
	await expect(certificate.locator('[data-name]')).toHaveText('Amina Diallo');
});

test('a quiz page opened on its own, not through index.html, takes the quiz without an error', async ({ page, copy }) => {
	await page.goto(fileUrl(copy, `course/${lesson.quizPath}index.html`));
	await expect(page.getByRole('note', { name: 'Tip' }).filter({ hasText: 'index.html' })).toBeVisible();
	await answerQuiz(page, lesson);
	await expect(page.locator('course-quiz [data-result]')).toContainText(`You got ${lesson.score} of ${lesson.total} right.`);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.locator('html')).not.toHaveAttribute('data-offline-storage');
	// Chromium gives every file:// page one storage, so here the next page knows too. It hands a
	// page's writes on a moment later, so a page opened at once may need a reload to see them.
	await page.getByRole('link', { name: `Back to the module: ${lesson.module.title}` }).click();
	await expect(page).toHaveURL(new RegExp(`${lesson.module.id}/index\\.html$`));
	await expect(async () => {
		await page.waitForLoadState('networkidle'); // a reload must not cut short the icon's request
		await page.reload();
		await expect(page.locator('[data-slot="module-progress"]')).toContainText(`1 of ${inModule} lessons done`, { timeout: 2_000 });
	}).toPass({ timeout: 20_000 });
});
