import { test, expect } from './fixtures';
import { MARKED_DONE, MARK_DONE, PASSWORDS, SCAM, doneButton, readOutline, storedProgress } from '../support/progress';

test.describe('learner progress', () => {
	test('"Mark this lesson as done" is a toggle, and the mark survives a reload', async ({ page }) => {
		await page.goto(PASSWORDS);
		const toggle = doneButton(page);
		await expect(toggle).toHaveAccessibleName(MARK_DONE);
		await toggle.click();
		await expect(toggle).toHaveAccessibleName(MARKED_DONE);
		await expect(page.getByRole('status').filter({ hasText: 'This lesson counts as done.' })).toBeVisible();
		await page.reload();
		await expect(toggle).toHaveAccessibleName(MARKED_DONE);
		await toggle.click();
		await expect(toggle).toHaveAccessibleName(MARK_DONE);
		await page.reload();
		await expect(toggle).toHaveAccessibleName(MARK_DONE);
		expect((await storedProgress(page))?.lessons['strong-passwords']).toMatchObject({ done: false });
	});

	test('progress bars on the module and home pages count lessons done, in words', async ({ page }) => {
		const outline = await readOutline(page);
		const inModule = outline.modules.find((m) => m.id === 'staying-safe')!.lessons.length;
		const inCourse = outline.modules.flatMap((m) => m.lessons).length;
		await page.goto('staying-safe/');
		await expect(page.locator('[data-slot="module-progress"]')).toContainText(`0 of ${inModule} lessons done`);
		await page.goto(PASSWORDS);
		await doneButton(page).click();
		await page.goto('staying-safe/');
		const slot = page.locator('[data-slot="module-progress"]');
		await expect(slot).toContainText(`1 of ${inModule} lessons done`);
		await expect(slot.locator('progress')).toHaveJSProperty('value', 1);
		await expect(page.locator('.lesson-list__item[data-lesson-id="strong-passwords"]')).toContainText('Done');
		await expect(page.locator('.lesson-list__item[data-lesson-id="spot-a-scam"] .lesson-list__done')).toBeHidden();
		await page.goto('./');
		await expect(page.locator('.card[data-module-id="staying-safe"]')).toContainText(`1 of ${inModule} lessons done`);
		await expect(page.locator('.card[data-module-id="getting-started"]')).toContainText('0 of');
		await expect(page.locator('[data-slot="continue"]')).toContainText(`Whole course: 1 of ${inCourse} lessons done`);
	});

	test('the home page offers to continue where the learner left off', async ({ page }) => {
		const lessons = (await readOutline(page)).modules.flatMap((m) => m.lessons);
		const at = lessons.findIndex((l) => l.id === 'strong-passwords');
		await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
		await page.goto(PASSWORDS);
		await page.goto('./');
		await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Continue with: Make strong passwords' })).toBeVisible();
		await page.goto(PASSWORDS);
		await doneButton(page).click();
		await page.goto('./');
		await page.getByRole('link', { name: `Continue with: ${lessons[at + 1]!.title}` }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[at + 1]!.title);
	});

	test('two tabs stay in step, and changes from both are kept', async ({ context }) => {
		const moduleTab = await context.newPage();
		const lessonTab = await context.newPage();
		await moduleTab.goto('staying-safe/');
		await lessonTab.goto(PASSWORDS);
		await expect(moduleTab.locator('[data-slot="module-progress"]')).toContainText('0 of');
		await doneButton(lessonTab).click();
		await expect(moduleTab.locator('[data-slot="module-progress"]')).toContainText('1 of');
		await expect(moduleTab.locator('.lesson-list__item[data-lesson-id="strong-passwords"] .lesson-list__done')).toBeVisible();

		// Two lesson tabs, each marks its own lesson: both marks are kept.
		const otherLesson = moduleTab;
		await otherLesson.goto(SCAM);
		await doneButton(otherLesson).click();
		await expect(doneButton(otherLesson)).toHaveAccessibleName(MARKED_DONE);
		// The click is saved a moment later (the page's store may still be opening): wait for it, then
		// both marks must be in storage.
		await expect.poll(async () => (await storedProgress(lessonTab))?.lessons['spot-a-scam']?.done).toBe(true);
		expect((await storedProgress(lessonTab))?.lessons['strong-passwords']?.done).toBe(true);
		// Taking a mark back in one tab shows in the other.
		await otherLesson.goto(PASSWORDS);
		await doneButton(otherLesson).click();
		await expect(doneButton(lessonTab)).toHaveAccessibleName(MARK_DONE);
	});

	test('My progress lists each lesson: done, scores and last visit', async ({ page }) => {
		await page.goto(PASSWORDS);
		await doneButton(page).click();
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
		const row = page.getByRole('row', { name: /Make strong passwords/ });
		await expect(row.getByRole('cell').nth(0)).toHaveText('Done');
		await expect(row.getByRole('cell').nth(1)).toHaveText('None yet');
		await expect(row.getByRole('cell').nth(2)).not.toHaveText('Not visited');
		await expect(page.locator('tr[data-lesson-id="spot-a-scam"] td').nth(2)).toHaveText('Not visited');
		await expect(page.getByRole('heading', { level: 2, name: 'Where your progress is kept' })).toBeVisible();
		await expect(page.getByText('It is never sent to us or to anyone else.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Certificate for Staying safe online' })).toBeHidden();
		await expect(page.getByText('This page needs JavaScript')).toBeHidden();
	});
});

test.describe('progress pages with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('My progress explains itself and says it needs JavaScript; lessons still work', async ({ page }) => {
		await page.goto('progress/');
		await expect(page.getByText('This page needs JavaScript to show your progress')).toBeVisible();
		await expect(page.getByText('It is never sent to us or to anyone else.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Download my progress file' })).toBeHidden();
		await page.goto('certificate/staying-safe/');
		await expect(page.getByText('This page needs JavaScript to check your progress')).toBeVisible();
	});
});
