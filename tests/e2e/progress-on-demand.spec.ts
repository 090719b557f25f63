import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { MARKED_DONE, MARK_DONE, PASSWORDS, SCAM, SCAM_QUIZ, answerQuiz, doneButton, storedProgress } from '../support/progress';
import { PRACTICE_PAGES, guidedTaskParts } from './practice-support';

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

/** Passes the scam quiz while the store's script is held back: the quiz says so, nothing is saved yet. */
async function passQuizWhileStoreHeld(page: Page): Promise<{ release: () => Promise<void> }> {
	const store = await holdStoreScript(page);
	await page.goto(SCAM_QUIZ);
	await answerQuiz(page);
	await expect(page.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
	expect((await storedProgress(page))?.lessons['spot-a-scam']?.results.quiz).toBeUndefined();
	return store;
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
	const store = await passQuizWhileStoreHeld(page);
	await store.release();
	await expect.poll(async () => (await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, results: { quiz: { attempts: 1 } } });
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.getByText(/^Your best quiz score: \d+ of \d+\.$/)).toBeVisible();
});

test('a quiz finished before the store has loaded, and the learner leaves at once: the result is saved as the page goes', async ({ page }) => {
	const store = await passQuizWhileStoreHeld(page);
	await page.goto(PASSWORDS);
	expect((await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, doneAt: expect.any(String), results: { quiz: { attempts: 1 } } });
	await page.goto(SCAM);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.getByText(/^Your best quiz score: \d+ of \d+\.$/)).toBeVisible();
	await store.release();
});

test('the store\'s script cannot load (a link that drops): a quiz result is saved without it, and the script is tried again', async ({ page, guards }) => {
	const storeRequests: string[] = [];
	await page.route(STORE_SCRIPT, (route) => {
		storeRequests.push(route.request().url());
		return route.abort('connectionfailed');
	});
	await page.goto(SCAM_QUIZ);
	await answerQuiz(page);
	await expect(page.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
	await expect.poll(async () => (await storedProgress(page))?.lessons['spot-a-scam']).toMatchObject({ done: true, results: { quiz: { attempts: 1 } } });
	// Tried at the first touch, and again for the result.
	expect(storeRequests.length).toBeGreaterThanOrEqual(2);
	await page.goto(SCAM);
	await expect(doneButton(page)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.getByText(/^Your best quiz score: \d+ of \d+\.$/)).toBeVisible();
	// The browser reports each dropped load of the script; nothing else may go wrong.
	const dropped: string[] = guards.problems.filter((p) => p === 'console error: Failed to load resource: net::ERR_CONNECTION_FAILED');
	expect(dropped.length).toBeLessThanOrEqual(storeRequests.length);
	guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !dropped.includes(p)));
});

test('a practice finished before the store has loaded, and the learner leaves at once: its result is saved as the page goes', async ({ page }) => {
	const { path, lesson, lessonId } = PRACTICE_PAGES.mouse;
	const store = await holdStoreScript(page);
	await page.goto(path);
	const { sim, count, feedback } = guidedTaskParts(page, 'practice-mouse');
	const target = sim.locator('[data-task]:not([hidden]) [data-target]');
	await target.click();
	await target.click();
	await expect(count).toHaveText('Task 3 of 5');
	for (let task = 3; task <= 5; task++) await sim.locator('[data-task]:not([hidden])').getByRole('button', { name: 'Skip this task' }).click();
	await expect(feedback).toContainText('You did 2 of 5 tasks yourself.');
	expect((await storedProgress(page))?.lessons[lessonId]?.results['practice-mouse']).toBeUndefined();
	await page.goto(lesson);
	expect((await storedProgress(page))?.lessons[lessonId]?.results['practice-mouse']).toMatchObject({ best: 2, total: 5, attempts: 1 });
	await store.release();
});
