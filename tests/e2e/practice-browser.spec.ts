import { test, expect } from './fixtures';
import { PRACTICE_PAGES, browserParts as parts, recordCourseEvents, tabTo } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.browser;
const browser = loadPracticeData('PracticeBrowser', 'browser-basics');
const instruction = (id: string) => browser.tasks.find((t) => t.id === id)!.instruction;
const done = (id: string) => browser.tasks.find((t) => t.id === id)!.done;


// The practice on its own page of the course: done with the keyboard alone, it reports its score
// for the lesson. Wrong actions, skipping and wrong answers, "Start again", pretend links, the
// padlock, tabs and the menu, axe in each state, the versions without script and French words are
// tested on its example, beside its code: src/islands/practice-browser/practice-browser.component.spec.ts.
test.describe('practice browser', () => {
	test('can be done with the keyboard alone, and reports its score like a quiz', async ({ page }) => {
		test.setTimeout(90_000);
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, address, viewport, feedback, count } = parts(page);
		await expect(count).toHaveText('Task 1 of 5');

		await tabTo(page, address);
		await page.keyboard.type('www.riversidelibrary.example');
		await page.keyboard.press('Enter');
		await expect(viewport).toContainText('Welcome to Riverside Library');
		await expect(feedback).toHaveText(`Done: ${done('type-address')} Next task: ${instruction('go-back')}`);

		await tabTo(page, sim.getByRole('button', { name: 'Back' }), { backwards: true });
		await page.keyboard.press('Enter');
		await expect(address).toHaveValue('https://search.example/?q=mybank');
		await expect(count).toHaveText('Task 3 of 5');

		await tabTo(page, sim.locator('.pb__tabbar [data-action="new-tab"]'), { backwards: true });
		await page.keyboard.press('Enter');
		await expect(address).toBeFocused();
		await expect(sim.getByRole('list', { name: 'Tabs' }).getByRole('listitem')).toHaveCount(2);
		await expect(feedback).toContainText(`Next task: ${instruction('real-bank').replace(/\s+/g, ' ')}`);

		// The question: a wrong answer first, then the right one, by keyboard.
		const radios = sim.getByRole('radio');
		await tabTo(page, radios.last(), { backwards: true });
		await page.keyboard.press('ArrowDown');
		await expect(radios.first()).toBeChecked();
		await tabTo(page, sim.getByRole('button', { name: 'Check my answer' }));
		await page.keyboard.press('Enter');
		await expect(feedback).toContainText('Not quite. Look closely: "r" and "n" side by side look like "m".');
		await page.keyboard.press('Shift+Tab');
		await expect(radios.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(sim.getByRole('radio', { name: 'www.mybank.example' })).toBeChecked();
		await tabTo(page, sim.getByRole('button', { name: 'Check my answer' }));
		await page.keyboard.press('Enter');
		await expect(sim.locator('[data-instruction]', { hasText: instruction('zoom') })).toBeFocused();

		await tabTo(page, sim.getByRole('button', { name: 'Menu' }));
		await page.keyboard.press('Enter');
		await expect(sim.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
		await tabTo(page, sim.getByRole('button', { name: 'Zoom in (bigger)' }));
		await page.keyboard.press('Enter');
		await expect(sim.locator('[data-zoom-level]')).toHaveText('110 %');
		await expect(feedback).toHaveText(`Done: ${done('zoom')} All tasks done. You did 5 of 5 tasks yourself.`);
		await expect(sim.locator('[data-status]')).toHaveText(/All tasks done/);
		expect(await viewport.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(await address.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)));
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-browser', score: 5, total: 5 }]);
	});
});
