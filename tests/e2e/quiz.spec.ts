import { test, expect } from './fixtures';
import { MARKED_DONE, SCAM, SCAM_QUIZ, answerQuiz, doneButton, questionIds, storedProgress } from '../support/progress';

// The learner's journey through a real lesson's quiz. How the quiz behaves in every state (feedback,
// "choose all that apply", changing an answer, the keyboard, JavaScript off, axe light and dark) is
// tested on its example, with starting again and the best score kept, beside its code:
// src/islands/quiz/quiz.component.spec.ts.

test.describe('the lesson quiz', () => {
	test('has a page of its own: the lesson ends with the way to it, and it leads back to the lesson and on', async ({ page }) => {
		await page.goto(SCAM);
		const title = await page.getByRole('heading', { level: 1 }).textContent();
		await expect(page.locator('course-quiz')).toHaveCount(0);
		const headings = await page.locator('main h2').allTextContents();
		expect(headings.indexOf('Check what you learned')).toBe(headings.indexOf('Key points') - 1);
		await page.getByRole('link', { name: 'Take the quiz' }).click();
		await expect(page).toHaveURL(new RegExp(`${SCAM_QUIZ}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quiz: ${title}`);
		await expect(page.locator('.quiz')).toContainText('there is no time limit');
		const count = (await questionIds(page)).length;
		await expect(page.locator('.quiz fieldset legend').first()).toContainText(`Question 1 of ${count}`);
		await expect(page.getByRole('link', { name: 'Take the quiz' })).toHaveCount(0);
		const pager = page.getByRole('navigation', { name: 'Lessons' });
		await expect(pager.getByRole('link', { name: /^Next/ })).toBeVisible();
		await pager.getByRole('link', { name: /^Back to the lesson/ }).click();
		await expect(page).toHaveURL(new RegExp(`${SCAM}$`));
	});

	test('on a real lesson: passing with one wrong answer saves the score and marks the lesson done', async ({ page }) => {
		await page.goto(SCAM_QUIZ);
		const ids = await questionIds(page);
		const total = ids.length;
		await answerQuiz(page, [ids[0]!]);
		const result = page.locator('course-quiz [data-result]');
		await expect(result).toHaveAttribute('role', 'status');
		await expect(result).toContainText(`You got ${total - 1} of ${total} right.`);
		await expect(result).toContainText('this lesson now counts as done');
		await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
		await expect(page.getByText(`Your best quiz score: ${total - 1} of ${total}.`)).toBeVisible();
		expect((await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, results: { quiz: { best: total - 1, total, attempts: 1 } } });
	});
});
