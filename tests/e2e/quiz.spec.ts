import { test, expect } from './fixtures';
import { SCAM, answerScamQuiz, storedProgress } from '../support/progress';

test.describe('the lesson quiz, with JavaScript', () => {
	test('sits after the lesson and before the key points, and says there is no time limit', async ({ page }) => {
		await page.goto(SCAM);
		const headings = await page.locator('main h2').allTextContents();
		expect(headings.indexOf('Check what you learned')).toBe(headings.indexOf('Key points') - 1);
		await expect(page.locator('.quiz')).toContainText('there is no time limit');
		await expect(page.locator('fieldset legend').first()).toContainText('Question 1 of 4');
	});

	test('answer wrong, then try again and answer right: feedback beside the question, announced politely', async ({ page }) => {
		await page.goto(SCAM);
		const question = page.locator('[data-question="parcel-text"]');
		const check = question.getByRole('button', { name: 'Check my answer' });
		const feedback = question.getByRole('status');
		await expect(feedback).toHaveAttribute('class', /quiz-feedback/);

		await check.click();
		await expect(feedback).toHaveText('Choose an answer first, then check it.');

		await question.getByLabel('Tap the link and pay').check();
		await check.click();
		await expect(feedback).toContainText('Not quite.');
		await expect(feedback).toContainText('The small fee is a trick to get your card details.');
		await expect(question.getByLabel('Tap the link and pay')).toHaveAccessibleName(/\(not right\)$/);
		await expect(check).toBeFocused();

		await question.getByRole('button', { name: 'Try again' }).click();
		await expect(feedback).toBeEmpty();
		await expect(question.getByLabel('Tap the link and pay')).not.toBeChecked();
		await expect(question.getByRole('radio').first()).toBeFocused();

		await question.getByLabel('Delete it, then check').check();
		await check.click();
		await expect(feedback).toContainText('Right.');
		await expect(feedback).toContainText('Never use a link in a surprise message.');
		await expect(question.getByRole('button', { name: 'Try again' })).toBeHidden();
	});

	test('"choose all that apply" says how many right answers were found', async ({ page }) => {
		await page.goto(SCAM);
		const question = page.locator('[data-question="warning-signs"]');
		await expect(question.getByText('Choose all the answers that are right.')).toBeVisible();
		await question.getByLabel('You won a prize').check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite: you found 1 of the 3 right answers.');
	});

	test('changing an answer clears the old feedback', async ({ page }) => {
		await page.goto(SCAM);
		const question = page.locator('[data-question="cloned-voice"]');
		await question.getByLabel('True', { exact: true }).check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite.');
		await question.getByLabel('False', { exact: true }).check();
		await expect(question.getByRole('status')).toBeEmpty();
	});

	test('the score counts first answers, is saved, and passing marks the lesson done', async ({ page }) => {
		await page.goto(SCAM);
		await answerScamQuiz(page, ['parcel-text']);
		const result = page.locator('.quiz__score');
		await expect(result).toHaveAttribute('role', 'status');
		await expect(result).toContainText('You got 3 of 4 right.');
		await expect(result).toContainText('this lesson now counts as done');
		await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByText('Your best quiz score: 3 of 4.')).toBeVisible();
		expect((await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, results: { quiz: { best: 3, total: 4, attempts: 1 } } });

		await page.getByRole('button', { name: 'Start the quiz again' }).click();
		await expect(result).toBeEmpty();
		await expect(page.locator('.quiz input:checked')).toHaveCount(0);
		await expect(page.locator('.quiz input').first()).toBeFocused();
		await answerScamQuiz(page, ['parcel-text', 'bank-call']);
		await expect(result).toContainText('You got 2 of 4 right.');
		await expect(result).toContainText('Get 3 or more right');
		// The best score is kept.
		expect((await storedProgress(page))?.lessons['spot-a-scam']?.results.quiz).toMatchObject({ best: 3, total: 4, attempts: 2 });
	});

	test('works with the keyboard alone', async ({ page }) => {
		await page.goto(SCAM);
		const question = page.locator('[data-question="cloned-voice"]');
		await question.getByRole('radio').first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(question.getByLabel('False', { exact: true })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(question.getByRole('status')).toContainText('Right.');
	});
});

test.describe('the lesson quiz, with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every question is a fieldset with a legend, and the answers and explanations open in <details>', async ({ page }) => {
		await page.goto(SCAM);
		const groups = page.getByRole('group');
		await expect(page.locator('.quiz fieldset')).toHaveCount(4);
		await expect(groups.filter({ hasText: 'Question 2 of 4' })).toContainText('safe account');
		await expect(page.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
		const question = page.locator('[data-question="parcel-text"]');
		await question.getByLabel('Reply STOP').check();
		const answer = question.locator('details');
		await expect(answer.getByText('A reply tells scammers your number is real')).toBeHidden();
		await answer.getByText('Show the answer and why').click();
		await expect(answer.getByText('A reply tells scammers your number is real')).toBeVisible();
		await expect(answer.locator('.quiz-answer__choice--right')).toContainText('Right: Delete it');
		// Nothing can be saved without JavaScript, so the "done" button is not offered.
		await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveCount(0);
	});
});
