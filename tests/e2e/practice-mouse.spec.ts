import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { countRequests, expectAccessible, guidedTaskParts, PRACTICE_PAGES, recordCourseEvents, tabTo, withoutPracticeScripts } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.mouse;
const mouse = loadPracticeData('PracticeMouse', 'mouse-moves');
const task = (id: string) => mouse.tasks.find((t) => t.id === id)!;

function parts(page: Page) {
	const common = guidedTaskParts(page, 'practice-mouse');
	const { current } = common;
	return { ...common, target: current.locator('[data-target]'), card: current.locator('[data-card]'), box: current.locator('[data-box]') };
}

/** Drags with the mouse: press on the card, move in steps, let go over the box. */
async function drag(page: Page, card: Locator, to: { x: number; y: number }): Promise<void> {
	const from = (await card.boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 8 });
	await page.mouse.up();
}

test.describe('mouse practice', () => {
	test('can be done with the mouse, and reports its score like a quiz', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, count, feedback, target, card, box, current } = parts(page);
		await expect(sim).toHaveAttribute('data-ready', '');
		const requests = countRequests(page);
		await expect(count).toHaveText('Task 1 of 5');
		await expect(current.locator('[data-instruction]')).toHaveText(task('click').instruction);

		// Every target is far bigger than 44 px.
		const size = (await target.boundingBox())!;
		expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(44);

		await target.click();
		await expect(feedback).toHaveText(`Done: ${task('click').done} Next task: ${task('click-again').instruction}`);
		await expect(count).toHaveText('Task 2 of 5');
		await target.click();
		await expect(count).toHaveText('Task 3 of 5');

		// One click on the folder is not enough; it says so kindly, then a double-click opens it.
		await target.click();
		await expect(feedback).toHaveText('That was one click. Now click twice, quickly, keeping the mouse still.');
		await expect(count).toHaveText('Task 3 of 5');
		await page.waitForTimeout(1000);
		await target.dblclick();
		await expect(count).toHaveText('Task 4 of 5');

		// A drop outside the box keeps the task, with a tip; a drop on the box does it.
		const boxAt = (await box.boundingBox())!;
		await drag(page, card, { x: boxAt.x + boxAt.width / 2, y: boxAt.y + boxAt.height + 150 });
		await expect(feedback).toContainText('Not in the box yet');
		await expect(count).toHaveText('Task 4 of 5');
		await drag(page, card, { x: boxAt.x + boxAt.width / 2, y: boxAt.y + boxAt.height / 2 });
		await expect(count).toHaveText('Task 5 of 5');

		// The word is out of sight until the box is scrolled with the wheel.
		const scroller = current.locator('.pm__scroll');
		await expect(target).not.toBeInViewport();
		const at = (await scroller.boundingBox())!;
		await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
		for (let i = 0; i < 10 && !(await target.isVisible() && (await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2))); i++) await page.mouse.wheel(0, 200);
		await target.click();
		await expect(feedback).toHaveText(`Done: ${task('scroll').done} All tasks done. You did 5 of 5 tasks yourself.`);
		await expect(count).toHaveText('');
		await expect(sim.locator('[data-status]')).toHaveText(/All tasks done/);
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-mouse', score: 5, total: 5 }]);
		expect(requests()).toEqual([]);
	});

	test('can be done with the keyboard alone (the drag too: pick up the card, then choose the box)', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { count, feedback, target, card, box, current } = parts(page);
		await expect(count).toHaveText('Task 1 of 5');
		await tabTo(page, target);
		await page.keyboard.press('Enter');
		await expect(current.locator('[data-instruction]')).toBeFocused();
		await expect(count).toHaveText('Task 2 of 5');
		await tabTo(page, target);
		await page.keyboard.press('Space');
		await expect(count).toHaveText('Task 3 of 5');
		await tabTo(page, target);
		await page.keyboard.press('Enter');
		await expect(count).toHaveText('Task 4 of 5');

		// The box first: it says to pick up the card. Then the card, then the box.
		await tabTo(page, box);
		await page.keyboard.press('Enter');
		await expect(feedback).toHaveText('First pick up "Letter": drag it onto "Box", or click it.');
		await tabTo(page, card, { backwards: true });
		await page.keyboard.press('Enter');
		await expect(card).toHaveAttribute('aria-pressed', 'true');
		await expect(feedback).toHaveText('"Letter" is picked up. Now click "Box".');
		await tabTo(page, box);
		await page.keyboard.press('Enter');
		await expect(count).toHaveText('Task 5 of 5');

		// The scroll box takes focus and scrolls with the arrow keys.
		const scroller = current.locator('.pm__scroll');
		await tabTo(page, scroller);
		await page.keyboard.press('End');
		await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		await tabTo(page, target);
		await page.keyboard.press('Enter');
		await expect(feedback).toBeFocused();
		await expect(feedback).toContainText('All tasks done. You did 5 of 5 tasks yourself.');
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-mouse', score: 5, total: 5 }]);
	});

	test('skipping never blocks, and "Start again" gives a fresh start for the next learner', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, count, feedback, target, card, restart } = parts(page);
		await target.click();
		await target.click();
		await sim.locator('[data-task]:not([hidden])').getByRole('button', { name: 'Skip this task' }).click();
		await expect(feedback).toContainText('Task skipped.');
		await expect(count).toHaveText('Task 4 of 5');
		await card.click();
		await expect(card).toHaveAttribute('aria-pressed', 'true');
		await restart.click();
		await expect(count).toHaveText('Task 1 of 5');
		await expect(sim.locator('[data-task]:not([hidden]) [data-instruction]')).toBeFocused();
		await expect(feedback).toBeHidden();
		await expect(sim.locator('[data-live-copy]')).toHaveCount(1);
		expect(await events()).toEqual([]);
		// The fresh copy works: the first task is done by a click.
		await target.click();
		await expect(count).toHaveText('Task 2 of 5');
	});

	test('axe finds nothing in any state', async ({ page }) => {
		await page.goto(path);
		const { target, card } = parts(page);
		const check = (state: string) => expectAccessible(page, 'practice-mouse', state);
		await check('first task');
		await target.click();
		await target.click();
		await target.click();
		await check('one click on the folder');
		await target.dblclick();
		await card.click();
		await check('card picked up');
	});

	test('without its script, the moves are explained with a picture and text', async ({ page }) => {
		await withoutPracticeScripts(page);
		await page.goto(path);
		const sim = page.locator('practice-mouse');
		await expect(sim.locator('[data-readable]')).toBeVisible();
		await expect(sim.getByRole('img', { name: /A mouse with its left button/ })).toBeVisible();
		for (const t of mouse.tasks) await expect(sim.locator('[data-readable]')).toContainText(t.instruction);
		await expect(sim.locator('[data-readable]')).toContainText('click the letter, then click the box');
		await expectAccessible(page, 'practice-mouse', 'readable version');
	});
});

test.describe('mouse practice on a touchscreen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });

	test('taps do every task; the card goes into the box with two taps', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { count, target, card, box } = parts(page);
		await target.tap();
		await target.tap();
		await expect(count).toHaveText('Task 3 of 5');
		// A double tap opens the folder (emulated taps may count as a keyboard-like click: one may do).
		await target.tap();
		if ((await count.textContent()) === 'Task 3 of 5') await target.tap();
		await expect(count).toHaveText('Task 4 of 5');
		await card.tap();
		await box.tap();
		await expect(count).toHaveText('Task 5 of 5');
		await target.scrollIntoViewIfNeeded();
		await target.tap();
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-mouse', score: 5, total: 5 }]);
	});
});
