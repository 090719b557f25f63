// The practice browser against its example (examples/browser-basics.astro: the course's data on a
// bare page): what a wrong action did, skipping and wrong answers, "Start again", pretend links
// that never leave the page, the padlock, tabs and the menu, axe in each state (light and dark),
// the versions without script, and French words on a French page (examples/fr/browser-basics.astro).
// Done with the keyboard alone on the course's own practice page, reporting its score for the
// lesson: tests/e2e/practice-browser.spec.ts.
import { test, expect } from '../../../tests/e2e/fixtures';
import { browserParts as parts, countRequests, recordCourseEvents, withoutPracticeScripts } from '../../../tests/e2e/practice-support';
import { loadPracticeData } from '../../content-layer/practice-data';
import { axeLightAndDark, exampleUrl } from '../../../tests/support/components';

const path = exampleUrl('practice-browser', 'browser-basics');
const lessonId = 'example-lesson';
const browser = loadPracticeData('PracticeBrowser', 'browser-basics');
const instruction = (id: string) => browser.tasks.find((t) => t.id === id)!.instruction;
const done = (id: string) => browser.tasks.find((t) => t.id === id)!.done;


test.describe('practice browser', () => {
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

	test('axe finds nothing in any state (light and dark)', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto(path);
		const { sim, address, viewport, feedback } = parts(page);
		const failures = await axeLightAndDark(page, 'start');
		await sim.getByRole('button', { name: 'Menu' }).click();
		await expect(sim.locator('[data-menu]')).toBeVisible();
		failures.push(...(await axeLightAndDark(page, 'menu open')));
		await sim.getByRole('button', { name: 'Site information' }).click();
		await expect(sim.locator('[data-site-info]')).toBeVisible();
		failures.push(...(await axeLightAndDark(page, 'site information open')));
		await sim.getByRole('button', { name: 'Cheap laptops - today only' }).click();
		await expect(sim.locator('[data-page-note]')).toBeVisible();
		failures.push(...(await axeLightAndDark(page, 'page that is not secure, with its note')));
		await address.fill('nowhere.example');
		await address.press('Enter');
		await expect(viewport).toContainText('This pretend browser has no page at that address.');
		failures.push(...(await axeLightAndDark(page, 'page not found')));
		await sim.locator('.pb__tabbar [data-action="new-tab"]').click();
		await expect(address).toHaveValue('');
		failures.push(...(await axeLightAndDark(page, 'new tab')));
		for (let i = 0; i < 3; i++) await parts(page).skip.click();
		await sim.getByRole('radio', { name: 'www.rnybank.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await sim.locator('[data-task]:visible summary').click();
		await expect(feedback).toContainText('Not quite.');
		failures.push(...(await axeLightAndDark(page, 'wrong answer, hint open')));
		await sim.getByRole('radio', { name: 'www.mybank.example' }).check();
		await sim.getByRole('button', { name: 'Check my answer' }).click();
		await parts(page).skip.click();
		await expect(feedback).toContainText('All tasks done.');
		failures.push(...(await axeLightAndDark(page, 'all tasks done')));
		expect(failures).toEqual([]);
	});

	test('axe finds nothing in the readable version (shown when the script cannot run)', async ({ page }) => {
		await withoutPracticeScripts(page);
		await page.goto(path);
		await expect(page.locator('practice-browser [data-readable]')).toBeVisible();
		expect(await axeLightAndDark(page, 'readable version')).toEqual([]);
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

test('on a French page, the practice browser speaks French: its buttons, its pages, its feedback', async ({ page }) => {
	await page.goto(exampleUrl('practice-browser', 'browser-basics', 'fr'));
	const sim = page.locator('practice-browser');
	const feedback = sim.locator('[data-task-feedback]');
	const count = sim.locator('[data-task-count]');
	await expect(count).toHaveText('Tâche 1 sur 5');
	await sim.getByRole('button', { name: 'Actualiser' }).click();
	await expect(feedback).toContainText('Vous avez appuyé sur Actualiser : la même page s’est chargée de nouveau. Votre tâche reste : Allez sur le site de la médiathèque');
	const address = sim.getByRole('textbox', { name: 'Barre d’adresse' });
	await address.fill('www.mediatheque-tilleuls.example');
	await address.press('Enter');
	await expect(sim.locator('[data-viewport]')).toContainText('Bienvenue à la médiathèque des Tilleuls');
	await expect(count).toHaveText('Tâche 2 sur 5');
	await expect(feedback).toContainText('Fait :');
	await expect(sim.getByRole('button', { name: 'Précédente' })).toBeEnabled();
});
