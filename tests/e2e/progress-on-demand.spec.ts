import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { MARKED_DONE, MARK_DONE, PASSWORDS, SCAM, SCAM_QUIZ, answerQuiz, doneButton, storedProgress } from '../support/progress';

// Lesson, quiz and practice pages save the visit without the progress store, which loads at the
// learner's first act (lesson-progress.ts, save-without-store.ts): these check that nothing the
// learner does is lost while it is not there.
const STORE_SCRIPT = '**/lazy/progress-store.js';

/** Holds the store's script until `release()` is called (a very slow link). */
async function holdStoreScript(page: Page): Promise<{ requested: () => boolean; release: () => Promise<void> }> {
	const held: Route[] = [];
	let released = false;
	await page.route(STORE_SCRIPT, (route) => (released ? route.fallback() : void held.push(route)));
	return {
		requested: () => held.length > 0,
		release: async () => {
			released = true;
			await Promise.all(held.splice(0).map((route) => route.fallback()));
		},
	};
}

test('a lesson page saves the visit and shows its state without the store, which loads at the first act', async ({ page }) => {
	const storeRequests: string[] = [];
	page.on('request', (request) => request.url().includes('/lazy/progress-store.js') && storeRequests.push(request.url()));
	await page.goto(PASSWORDS);
	await expect(doneButton(page)).toHaveAccessibleName(MARK_DONE);
	await expect.poll(async () => (await storedProgress(page))?.lessons['strong-passwords']).toMatchObject({ lastVisit: expect.any(String) });
	// Nothing loads the store before the learner acts: not the visit, not showing the box.
	await page.waitForLoadState('networkidle');
	expect(storeRequests).toEqual([]);
	await page.keyboard.press('Tab');
	await expect.poll(() => storeRequests.length).toBe(1);
	// Marked done earlier (another visit): the box shows it, again without the store.
	await doneButton(page).click();
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await page.goto(SCAM);
	storeRequests.length = 0;
	// A new visit (a reload would restore the scroll position, and a scroll counts as an act).
	await page.goto(PASSWORDS);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await page.waitForLoadState('networkidle');
	expect(storeRequests).toEqual([]);
});

test('"done" pressed before the store has loaded is saved at once: leaving the page straight away keeps it', async ({ page }) => {
	const store = await holdStoreScript(page);
	await page.goto(SCAM);
	await doneButton(page).click();
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect.poll(store.requested).toBe(true);
	expect((await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, doneAt: expect.any(String) });
	await page.goto(PASSWORDS);
	await page.goto(SCAM);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await store.release();
});

test('a quiz finished before the store has loaded: the result is kept and saved once the store is there', async ({ page }) => {
	const store = await holdStoreScript(page);
	await page.goto(SCAM_QUIZ);
	await answerQuiz(page);
	await expect(page.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
	expect((await storedProgress(page))?.lessons['spot-a-scam']?.results.quiz).toBeUndefined();
	await store.release();
	await expect.poll(async () => (await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, results: { quiz: { attempts: 1 } } });
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.getByText(/^Your best quiz score: \d+ of \d+\.$/)).toBeVisible();
});
