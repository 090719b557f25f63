import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { countRequests, expectAccessible, PRACTICE_PAGES, recordCourseEvents, tabTo, withoutPracticeScripts } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.browser;
const browser = loadPracticeData('PracticeBrowser', 'browser-basics');
const instruction = (id: string) => browser.tasks.find((t) => t.id === id)!.instruction;
const done = (id: string) => browser.tasks.find((t) => t.id === id)!.done;

function parts(page: Page) {
	const sim = page.locator('practice-browser');
	return {
		sim,
		address: sim.getByRole('textbox', { name: 'Address bar' }),
		viewport: sim.locator('[data-viewport]'),
		feedback: sim.locator('[data-task-feedback]'),
		count: sim.locator('[data-task-count]'),
		skip: sim.getByRole('button', { name: 'Skip this task' }),
	};
}

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

	test('says what a wrong action did, and what the task still is', async ({ page }) => {
		await page.goto(path);
		const { sim, address, viewport, feedback, count } = parts(page);
		const still = `Your task is still: ${instruction('type-address')}`;
		await sim.getByRole('button', { name: 'Reload' }).click();
		await expect(feedback).toHaveText(`You pressed Reload: the same page loaded again. ${still}`);
		await sim.getByRole('button', { name: 'Riverside Library - Opening hours and free classes' }).click();
		await expect(viewport).toContainText('Welcome to Riverside Library');
		await expect(feedback).toHaveText(`You opened https://www.riversidelibrary.example/. ${still}`);
		await expect(count).toHaveText('Task 1 of 5');
		await address.fill('riversidelibary.example');
		await address.press('Enter');
		await expect(viewport).toContainText('This pretend browser has no page at that address.');
		await expect(feedback).toHaveText(`You opened https://riversidelibary.example. ${still}`);
		await expect(count).toHaveText('Task 1 of 5');
		await address.fill('RiversideLibrary.example/');
		await sim.getByRole('button', { name: 'Go' }).click();
		await expect(count).toHaveText('Task 2 of 5');
		await expect(address).toHaveValue('https://www.riversidelibrary.example/');
	});

	test('skipped tasks and wrong answers: feedback, and only tasks done count', async ({ page }) => {
		const events = await recordCourseEvents(page);
		await page.goto(path);
		const { sim, feedback, skip } = parts(page);
		await skip.click();
		await expect(feedback).toHaveText(`Task skipped. Next task: ${instruction('go-back')}`);
		await expect(sim.locator('[data-instruction]', { hasText: instruction('go-back') })).toBeFocused();
		await skip.click();
		await skip.click();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await expect(feedback).toHaveText('Choose an answer first.');
		await expect(feedback).toHaveClass(/feedback--wrong/);
		await sim.getByRole('radio', { name: 'mybank.secure-login.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await expect(feedback).toContainText('Not quite. The website name is the end of the address, before the first "/": here it is secure-login.example.');
		await sim.getByRole('radio', { name: 'www.mybank.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await expect(feedback).toContainText(`Done: ${done('real-bank')}`);
		await skip.click();
		await expect(feedback).toHaveText('Task skipped. All tasks done. You did 1 of 5 tasks yourself.');
		await expect(feedback).toBeFocused();
		expect(await events()).toEqual([{ lessonId, activityId: 'practice-browser', score: 1, total: 5 }]);
		await sim.getByRole('button', { name: 'Start again' }).click();
		await expect(parts(page).count).toHaveText('Task 1 of 5');
	});

	test('pretend links and addresses never leave the page; the padlock is explained', async ({ page }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		const before = page.url();
		const requests = countRequests(page);
		const { sim, address, viewport } = parts(page);
		await sim.getByRole('button', { name: 'MyBank - Sign in to online banking' }).click();
		await expect(address).toHaveValue('https://www.rnybank.example/');
		await expect(viewport).toContainText('MyBank online banking');
		await expect(sim.getByRole('list', { name: 'Tabs' })).toContainText('MyBank - Online banking');
		await sim.getByRole('button', { name: 'Site information' }).click();
		await expect(sim.locator('[data-site-info]')).toContainText("It does not mean the site is honest: a copy of a bank's site can have a padlock too.");
		await sim.getByRole('button', { name: 'Back' }).click();
		await expect(sim.locator('[data-site-info]')).toBeHidden();
		await sim.getByRole('button', { name: 'Cheap laptops - today only' }).click();
		const lock = sim.getByRole('button', { name: 'Not secure: site information' });
		await expect(lock).toContainText('Not secure');
		await lock.click();
		await expect(sim.locator('[data-site-info]')).toContainText('Not secure. This address starts with http:// without the s.');
		await page.keyboard.press('Escape');
		await expect(lock).toBeFocused();
		await expect(sim.locator('[data-page-note]')).toContainText('About this page: This address starts with http://');
		await address.fill('www.mybank.example');
		await address.press('Enter');
		await sim.getByRole('button', { name: 'Forward' }).isDisabled();
		expect(page.url()).toBe(before);
		expect(requests()).toEqual([]);
	});

	test('tabs open, switch and close; the menu closes with Escape', async ({ page }) => {
		await page.goto(path);
		const { sim, address } = parts(page);
		const tabs = sim.getByRole('list', { name: 'Tabs' });
		await sim.getByRole('button', { name: 'Menu' }).click();
		await sim.locator('[data-menu]').getByRole('button', { name: 'New tab' }).click();
		await expect(sim.locator('[data-menu]')).toBeHidden();
		await expect(address).toBeFocused();
		await expect(address).toHaveValue('');
		await expect(tabs.getByRole('button', { name: 'New tab', exact: true })).toHaveAttribute('aria-current', 'true');
		await tabs.getByRole('button', { name: 'mybank - Search', exact: true }).click();
		await expect(address).toHaveValue('https://search.example/?q=mybank');
		await tabs.getByRole('button', { name: 'Close tab: mybank - Search' }).click();
		await expect(tabs.getByRole('listitem')).toHaveCount(1);
		await expect(tabs.getByRole('button', { name: 'New tab', exact: true })).toBeFocused();
		await sim.getByRole('button', { name: 'Menu' }).click();
		await page.keyboard.press('Escape');
		await expect(sim.locator('[data-menu]')).toBeHidden();
		await expect(sim.getByRole('button', { name: 'Menu' })).toBeFocused();
	});

	test('axe finds nothing in any state', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(path);
		const { sim, address } = parts(page);
		const check = (state: string) => expectAccessible(page, 'practice-browser', state);
		await check('start');
		await sim.getByRole('button', { name: 'Menu' }).click();
		await check('menu open');
		await sim.getByRole('button', { name: 'Site information' }).click();
		await check('site information open');
		await sim.getByRole('button', { name: 'Cheap laptops - today only' }).click();
		await check('page that is not secure, with its note');
		await address.fill('nowhere.example');
		await address.press('Enter');
		await check('page not found');
		await sim.locator('.pb__tabbar [data-action="new-tab"]').click();
		await check('new tab');
		for (let i = 0; i < 3; i++) await parts(page).skip.click();
		await sim.getByRole('radio', { name: 'www.rnybank.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await sim.locator('[data-task]:visible summary').click();
		await check('wrong answer, hint open');
		await sim.getByRole('radio', { name: 'www.mybank.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await parts(page).skip.click();
		await check('all tasks done');
	});

	test('axe finds nothing in the readable version (shown when the script cannot run)', async ({ page }) => {
		test.setTimeout(60_000);
		await withoutPracticeScripts(page);
		await page.goto(path);
		await expect(page.locator('practice-browser [data-readable]')).toBeVisible();
		await expectAccessible(page, 'practice-browser', 'readable version');
	});
});

test.describe('practice browser with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the parts of a browser, the pretend pages and the tasks, answers in <details>', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-browser');
		await expect(sim.getByRole('heading', { name: 'The parts of a browser window' })).toBeVisible();
		await expect(sim.getByText(/^Address bar: the long box at the top/)).toBeVisible();
		for (const p of browser.pages) await expect(sim.getByText(p.address).first()).toBeVisible();
		await expect(sim.getByText('MyBank - Sign in to online banking (link to https://www.rnybank.example/)')).toBeVisible();
		await expect(sim.getByRole('button')).toHaveCount(0);
		await expect(sim.getByRole('textbox')).toHaveCount(0);
		const answer = sim.locator('details').filter({ hasText: 'Show the answer' });
		await answer.locator('summary').click();
		await expect(answer).toContainText('www.mybank.example: Yes. This is the bank\'s real name.');
	});
});
