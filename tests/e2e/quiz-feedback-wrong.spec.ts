import { test, expect } from './fixtures';

// Issue #24: a wrong answer's feedback read "Not right: <choice> Wrong: ...", the verdict twice.
// tests/unit/quiz-feedback-words.test.ts keeps every lesson's explanations free of it; this checks
// the feedback as shown, on the quiz that had the most (every wrong choice began "Wrong:").
test('a wrong answer\'s feedback gives its verdict once, on every question', async ({ page }) => {
	await page.goto('staying-safe/share-details-safely/quiz/');
	const questions = await page.locator('[data-question]').all();
	expect(questions.length).toBeGreaterThan(3);
	for (const question of questions) {
		await question.locator('input:not([data-correct])').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		const feedback = question.getByRole('status');
		await expect(feedback).toContainText('Not quite');
		const reason = feedback.locator('li').first();
		await expect(reason).toContainText(/^Not right:/);
		// After "Not right:" and the choice, the explanation starts plainly, with no second verdict.
		const why = await reason.evaluate((li) => li.lastChild?.textContent?.trim() ?? '');
		expect(why.length).toBeGreaterThan(10);
		expect(why).not.toMatch(/^(Wrong|Incorrect|Not right|Not quite|No)\s*[.:,]/i);
	}
});
