import { test, expect } from '../../../tests/e2e/fixtures';
import type { Page } from '@playwright/test';
import { expectAccessible, guidedTaskParts, recordCourseEvents, tabTo, withoutPracticeScripts } from '../../../tests/e2e/practice-support';
import { loadPracticeData } from '../../content-layer/practice-data';
import { exampleUrl } from '../../../tests/support/components';

// The mouse practice against its example (examples/mouse-moves.astro: the course's data on a bare
// page): the keyboard, skipping and "Start again", touch, axe in its states and the version without
// script. Done with the mouse on the course's own practice page: tests/e2e/practice-mouse.spec.ts.
const path = exampleUrl('practice-mouse', 'mouse-moves');
const lessonId = 'example-lesson';
const mouse = loadPracticeData('PracticeMouse', 'mouse-moves');

function parts(page: Page) {
	const common = guidedTaskParts(page, 'practice-mouse');
	const { current } = common;
	return { ...common, target: current.locator('[data-target]'), card: current.locator('[data-card]'), box: current.locator('[data-box]') };
}

test.describe('mouse practice', () => {
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
