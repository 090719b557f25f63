// The quiz island against its example (examples/four-questions.astro): every way of answering,
// the score and what it saves, the keyboard, JavaScript off, and axe in every state, light and
// dark. The journey to a lesson's quiz page and back stays end to end (tests/e2e/quiz.spec.ts).
import { test, expect } from '../../../tests/e2e/fixtures';
import { COLOR_SCHEMES, axeProblems, exampleUrl } from '../../../tests/support/components';
import { MARKED_DONE, answerQuiz, doneButton, questionIds, storedProgress } from '../../../tests/support/progress';

const QUIZ = exampleUrl('quiz', 'four-questions');
const LESSON = 'example-lesson';

test.describe('the quiz, with JavaScript', () => {
	test('answer wrong, then try again and answer right: feedback beside the question, announced politely', async ({ page }) => {
		await page.goto(QUIZ);
		const question = page.locator('[data-question]').first();
		const check = question.getByRole('button', { name: 'Check my answer' });
		const feedback = question.getByRole('status');
		await expect(feedback).toHaveClass(/quiz-feedback/);

		// Checking loads at the learner's first touch or focus in the quiz: before it, no button.
		await expect(check).toBeHidden();
		await question.locator('input').first().focus();
		await check.click();
		await expect(feedback).toHaveText('Choose an answer first, then check it.');

		const wrong = question.locator('input:not([data-correct])').first();
		const why = (await question.locator(`details [data-choice="${await wrong.getAttribute('value')}"]`).textContent())!.trim();
		await wrong.check();
		await check.click();
		await expect(feedback).toContainText('Not quite.');
		await expect(feedback).toContainText(why.replace(/\s+/g, ' ').slice(-40));
		await expect(wrong).toHaveAccessibleName(/\(not right\)$/);
		// One action at a time: "Try again" takes the place of "Check my answer", and the focus.
		await expect(check).toBeHidden();
		await expect(question.getByRole('button', { name: 'Try again' })).toBeFocused();

		await question.getByRole('button', { name: 'Try again' }).click();
		await expect(check).toBeVisible();
		await expect(feedback).toBeEmpty();
		await expect(wrong).not.toBeChecked();
		await expect(wrong).not.toHaveAccessibleName(/not right/);
		await expect(question.locator('input').first()).toBeFocused();

		await question.locator('input[data-correct]').check();
		await check.click();
		await expect(feedback).toContainText('Right.');
		await expect(question.locator('input[data-correct]')).toHaveAccessibleName(/\(right\)$/);
		await expect(question.getByRole('button', { name: 'Try again' })).toBeHidden();
	});

	test('the first touch lands where the learner aimed: nothing moves when the quiz script starts', async ({ page }) => {
		await page.goto(QUIZ);
		const quiz = page.locator('course-quiz');
		await expect(quiz).not.toHaveAttribute('data-course-quiz-started');
		// A choice of a later question: rows the script shows above it must not push it away.
		const choice = page.locator('[data-question]:has(input[type="checkbox"])').first().locator('input').first();
		// Its place on the page (not in the window: the click scrolls to it first).
		const place = () => choice.evaluate((el) => { const box = el.getBoundingClientRect(); return { x: box.left + scrollX, y: box.top + scrollY }; });
		const before = await place();
		await choice.click();
		await expect(quiz).toHaveAttribute('data-course-quiz-started');
		await expect(page.getByRole('button', { name: 'Check my answer' }).first()).toBeVisible();
		await expect(choice).toBeChecked();
		expect(await place()).toEqual(before);
	});

	test('"choose all that apply" says how many right answers were found', async ({ page }) => {
		await page.goto(QUIZ);
		const question = page.locator('[data-question]:has(input[type="checkbox"])').first();
		await expect(question.getByText('Choose all the answers that are right.')).toBeVisible();
		const right = await question.locator('input[data-correct]').count();
		expect(right).toBeGreaterThan(1);
		await question.locator('input[data-correct]').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText(`Not quite: you found 1 of the ${right} right answers.`);
	});

	test('changing an answer clears the old feedback', async ({ page }) => {
		await page.goto(QUIZ);
		const question = page.locator('[data-question]').first();
		await question.locator('input:not([data-correct])').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite.');
		await question.locator('input[data-correct]').check();
		await expect(question.getByRole('status')).toBeEmpty();
		await expect(question.locator('.quiz-mark')).toHaveCount(0);
	});

	test('the score counts first answers, is saved, and passing marks the lesson done', async ({ page }) => {
		await page.goto(QUIZ);
		const ids = await questionIds(page);
		const total = ids.length;
		expect(total).toBe(4);
		await answerQuiz(page, [ids[0]!]);
		const result = page.locator('course-quiz [data-result]');
		await expect(result).toHaveAttribute('role', 'status');
		await expect(result).toContainText(`You got ${total - 1} of ${total} right.`);
		await expect(result).toContainText('this lesson now counts as done');
		await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
		await expect(page.getByText(`Your best quiz score: ${total - 1} of ${total}.`)).toBeVisible();
		expect((await storedProgress(page))?.lessons[LESSON]).toMatchObject({ done: true, results: { quiz: { best: total - 1, total, attempts: 1 } } });

		await page.getByRole('button', { name: 'Start the quiz again' }).click();
		await expect(result).toBeEmpty();
		await expect(page.locator('.quiz input:checked')).toHaveCount(0);
		await expect(page.locator('.quiz input').first()).toBeFocused();
		await answerQuiz(page, ids.slice(0, 3));
		await expect(result).toContainText(`You got ${total - 3} of ${total} right.`);
		await expect(result).toContainText('or more right and this lesson counts as done');
		// The best score is kept.
		expect((await storedProgress(page))?.lessons[LESSON]?.results.quiz).toMatchObject({ best: total - 1, total, attempts: 2 });
	});

	test('works with the keyboard alone', async ({ page }) => {
		await page.goto(QUIZ);
		const question = page.locator('[data-question]:has(input[type="radio"])').first();
		await question.locator('input').first().focus();
		// Focus starts the quiz's script; its buttons are there once it has started.
		await expect(page.locator('course-quiz')).toHaveAttribute('data-course-quiz-started');
		await expect(question.getByRole('button', { name: 'Check my answer' })).toBeVisible();
		await page.keyboard.press('Space');
		for (let i = 0; i < 6 && !(await question.locator('input[data-correct]').isChecked()); i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(question.getByRole('status')).toContainText('Right.');
	});
});

test.describe('the quiz, with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every question is a fieldset with a legend, and the answers and explanations open in <details>', async ({ page }) => {
		await page.goto(QUIZ);
		await expect(page.getByRole('group', { name: /^Question \d of 4/ })).toHaveCount(4);
		await expect(page.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
		const question = page.locator('[data-question]').first();
		await question.locator('input:not([data-correct])').first().check();
		const answer = question.locator('details');
		const wrongWhy = answer.locator('.quiz-wrong').first();
		await expect(wrongWhy).toBeHidden();
		await answer.getByText('Show the answer and why').click();
		await expect(wrongWhy).toBeVisible();
		await expect(wrongWhy).toContainText('Not right:');
		await expect(answer.locator('.quiz-right').first()).toContainText('Right:');
		// A question's general explanation is in its <details> too.
		await expect(page.locator('[data-question="prize"] [data-general]')).toHaveText('A prize you did not enter for is a common trick.');
		// Nothing can be saved without JavaScript, so the "done" button is not offered.
		await expect(doneButton(page)).toHaveCount(0);
	});
});

for (const colorScheme of COLOR_SCHEMES) {
	test(`axe finds nothing in any state of the quiz (${colorScheme} mode)`, async ({ page }) => {
		test.setTimeout(120_000); // five axe runs on a busy machine
		await page.emulateMedia({ colorScheme });
		await page.goto(QUIZ);
		const failures = await axeProblems(page, 'before answering');
		const question = page.locator('[data-question]').first();
		await question.locator('input').first().focus();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).not.toBeEmpty();
		failures.push(...(await axeProblems(page, 'nothing chosen')));
		await question.locator('input:not([data-correct])').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await question.locator('details').getByText('Show the answer and why').click();
		await expect(question.getByRole('button', { name: 'Try again' })).toBeVisible();
		failures.push(...(await axeProblems(page, 'after a wrong answer')));
		await question.getByRole('button', { name: 'Try again' }).click();
		await question.locator('input[data-correct]').check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText('Right.');
		failures.push(...(await axeProblems(page, 'after a right answer')));
		await answerQuiz(page, (await questionIds(page)).slice(1, 3));
		await expect(page.locator('course-quiz [data-result]')).toContainText('You got');
		failures.push(...(await axeProblems(page, 'quiz finished, with the progress box')));
		expect(failures).toEqual([]);
	});
}
