import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { countRequests, guidedTaskParts, PRACTICE_PAGES, recordCourseEvents, tabTo } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.keys;
const keys = loadPracticeData('PracticeKeys', 'typing-keys');
const task = (id: string) => keys.tasks.find((t) => t.id === id)!;

const parts = (page: Page) => guidedTaskParts(page, 'practice-keys');

// The practice on its own page of the course: done with the keyboard alone, it reports its score
// for the lesson. Hints, skipping and "Start again", touch, axe in each state, the version without
// script and French words are tested on its example, beside its code:
// src/islands/practice-keys/practice-keys.component.spec.ts.
test.describe('keyboard practice', () => {
	test('can be done with the keyboard alone, and reports its score like a quiz', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, current, count, feedback } = parts(page);
		await expect(sim).toHaveAttribute('data-ready', '');
		const requests = countRequests(page);
		await expect(count).toHaveText('Task 1 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'Your name' }));
		await page.keyboard.type('Sam Lee');
		await expect(feedback).toHaveText(`Done: ${task('name').done} Next task: ${task('email').instruction}`);
		await expect(current.locator('[data-instruction]')).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.type('sam.lee@example.org');
		await expect(count).toHaveText('Task 3 of 5');

		// The mistake: the cursor goes just after the two d letters, one Backspace fixes it.
		const town = current.getByRole('textbox', { name: 'Town' });
		await expect(town).toHaveValue('Riversidde');
		await tabTo(page, town);
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Backspace');
		await expect(count).toHaveText('Task 4 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'First name' }));
		await page.keyboard.press('Tab');
		await expect(count).toHaveText('Task 5 of 5');

		await tabTo(page, current.getByRole('textbox', { name: 'Search' }));
		await page.keyboard.type('library');
		await page.keyboard.press('Enter');
		await expect(feedback).toHaveText(`Done: ${task('enter').done} All tasks done. You did 5 of 5 tasks yourself.`);
		await expect(feedback).toBeFocused();
		await expect(count).toHaveText('');
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-keys', score: 5, total: 5 }]);
		expect(requests()).toEqual([]);
		await expect(page).toHaveURL(new RegExp(`${path}$`));
	});
});
