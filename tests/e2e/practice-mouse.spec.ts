import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { countRequests, guidedTaskParts, PRACTICE_PAGES, recordCourseEvents } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.mouse;
const mouse = loadPracticeData('PracticeMouse', 'mouse-moves');
const task = (id: string) => mouse.tasks.find((t) => t.id === id)!;

// The practice on its own page of the course. The keyboard, skipping, "Start again", touch, axe and
// the version without script are tested on its example, beside its code:
// src/islands/practice-mouse/practice-mouse.component.spec.ts.

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
});
