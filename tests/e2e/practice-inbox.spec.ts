import { test, expect } from './fixtures';
import { PRACTICE_PAGES, recordCourseEvents, tabTo } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.inbox;
const inbox = loadPracticeData('PracticeInbox', 'spot-the-scam');
const signLabel = (id: string) => inbox.signs.find((s) => s.id === id)!.label;

// The practice on its own page of the course: done with the keyboard alone, it reports its score
// for the lesson. Feedback sign by sign, the pretend link, "Start again", axe in each state and the
// versions without script are tested on its example, beside its code:
// src/islands/practice-inbox/practice-inbox.component.spec.ts.
test.describe('practice inbox', () => {
	test('can be done with the keyboard alone, and reports its score like a quiz', async ({ page }) => {
		test.setTimeout(90_000);
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const sim = page.locator('practice-inbox');
		await tabTo(page, sim.getByRole('button', { name: new RegExp(inbox.messages[0]!.subject) }));
		await page.keyboard.press('Enter');
		for (const [i, message] of inbox.messages.entries()) {
			const article = sim.getByRole('article', { name: message.subject });
			await expect(article.getByRole('heading', { name: message.subject })).toBeFocused();
			// Judge every message right but the last one, which we call safe.
			const verdict = i === inbox.messages.length - 1 ? 'safe' : message.verdict;
			await tabTo(page, article.getByRole('radio').first());
			await page.keyboard.press(verdict === 'safe' ? 'Space' : 'ArrowDown');
			await expect(article.getByRole('radio', { name: verdict === 'safe' ? /^Safe/ : /^Suspicious/ })).toBeChecked();
			if (verdict === 'suspicious') {
				for (const id of Object.keys(message.signs)) {
					await tabTo(page, article.getByRole('checkbox', { name: signLabel(id) }));
					await page.keyboard.press('Space');
				}
			}
			await tabTo(page, article.getByRole('button', { name: 'Check my answer' }));
			await page.keyboard.press('Enter');
			await expect(article.locator('[data-feedback]')).toBeFocused();
			await tabTo(page, article.locator('[data-next]'));
			await page.keyboard.press('Enter');
		}
		await expect(sim.getByRole('heading', { name: 'Your result' })).toBeFocused();
		const found = inbox.messages.slice(0, -1).reduce((n, m) => n + Object.keys(m.signs).length, 0);
		const signs = found + Object.keys(inbox.messages.at(-1)!.signs).length;
		const total = inbox.messages.length;
		await expect(sim.locator('[data-summary]')).toContainText(`You judged ${total - 1} of ${total} messages right, and spotted ${found} of ${signs} warning signs.`);
		await expect(sim.locator('[data-status]')).toHaveText(/You judged 7 of 8 messages right/);
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-inbox', score: total - 1, total }]);
	});
});
