import { test, expect } from './fixtures';
import { countRequests, expectAccessible, PRACTICE_PAGES, recordCourseEvents, tabTo, withoutPracticeScripts } from './practice-support';
import { loadPracticeData } from '../../src/content-layer/practice-data';

const { path, lessonId } = PRACTICE_PAGES.inbox;
const inbox = loadPracticeData('PracticeInbox', 'spot-the-scam');
const signLabel = (id: string) => inbox.signs.find((s) => s.id === id)!.label;

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

	test('right and wrong answers get the expected feedback, sign by sign', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-inbox');
		const bank = sim.getByRole('article', { name: 'Your account has been locked' });
		await bank.getByRole('button', { name: 'Check my answer' }).click();
		await expect(bank.getByText('Choose "Safe" or "Suspicious" first.')).toBeVisible();
		await bank.getByLabel(/^Suspicious/).check();
		await bank.getByLabel(signLabel('urgency')).check();
		await bank.getByLabel(signLabel('too-good')).check();
		await bank.getByRole('button', { name: 'Check my answer' }).click();
		const feedback = bank.locator('[data-feedback]');
		await expect(feedback).toContainText('Right: this message is a scam.');
		await expect(feedback).toContainText('You spotted 1 of 4 warning signs.');
		await expect(feedback.locator('li[data-state="found"]')).toContainText(`You spotted it: ${signLabel('urgency')}.`);
		await expect(feedback.locator('li[data-state="missed"]')).toHaveCount(3);
		await expect(feedback.locator('li[data-state="missed"]').first()).toContainText(`You missed this one: ${signLabel('sender')}. The bank writes from @riverside-bank.example.`);
		await expect(feedback.locator('li[data-state="not-here"]')).toContainText(`Not in this message: ${signLabel('too-good')}.`);
		await expect(sim.getByRole('button', { name: /Your account has been locked/ })).toContainText('Right');
		await expect(bank.getByRole('checkbox').first()).toBeDisabled();

		await sim.getByRole('button', { name: /Your order from Greenleaf Books/ }).click();
		const parcel = sim.getByRole('article', { name: 'Your order from Greenleaf Books is on its way' });
		await parcel.getByLabel(/^Suspicious/).check();
		await parcel.getByRole('button', { name: 'Check my answer' }).click();
		await expect(parcel.locator('[data-feedback]')).toContainText('Not quite: this message is genuine.');
		await expect(parcel.locator('[data-signs-count]')).toBeHidden();
		await expect(sim.getByRole('button', { name: /Your order from Greenleaf Books/ })).toContainText('Not quite');

		await sim.getByRole('button', { name: /We could not deliver/ }).click();
		const fee = sim.getByRole('article', { name: 'We could not deliver your parcel' });
		await fee.getByLabel(/^Safe/).check();
		await fee.getByRole('button', { name: 'Check my answer' }).click();
		await expect(fee.locator('[data-feedback]')).toContainText('Not quite: this message is a scam.');
		await expect(fee.locator('li[data-state="missed"]')).toHaveCount(4);
		await expect(sim.locator('[data-progress]')).toHaveText('3 of 8 messages checked');
		await expect(sim.locator('[data-status]')).toHaveText('Not quite: this message is a scam. You spotted 0 of 4 warning signs.');
	});

	test('a pretend link shows where it goes on hover and focus, and never navigates', async ({ page }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		const before = page.url();
		const historyBefore = await page.evaluate(() => history.length);
		const requests = countRequests(page);
		const bank = page.locator('practice-inbox').getByRole('article', { name: 'Your account has been locked' });
		const link = bank.getByRole('button', { name: 'Unlock my account' });
		const tip = bank.getByRole('tooltip');
		await expect(tip).toBeHidden();
		await link.hover();
		await expect(tip).toHaveText('Link goes to: https://riverside-bank.account-verify.example/login');
		await page.mouse.move(0, 0);
		await expect(tip).toBeHidden();
		await tabTo(page, link);
		await expect(tip).toBeVisible();
		await expect(link).toHaveAccessibleDescription('Link goes to: https://riverside-bank.account-verify.example/login');
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
		await page.keyboard.press('Enter');
		await link.click();
		const note = bank.locator('[data-link-note]');
		await expect(note).toContainText('In a real email this would have opened: https://riverside-bank.account-verify.example/login. Here is how to tell.');
		await expect(note).toContainText('Here it is riverside-bank.account-verify.example.');
		await expect(page.locator('practice-inbox [data-status]')).toHaveText(/^In a real email this would have opened/);
		expect(page.url()).toBe(before);
		expect(requests()).toEqual([]);
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	});

	test('starts again from a clean inbox', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-inbox');
		for (const message of inbox.messages) {
			await sim.getByRole('button', { name: new RegExp(message.subject.replace(/[$!?]/g, '.')) }).click();
			const article = sim.getByRole('article', { name: message.subject });
			await article.getByLabel(/^Safe/).check();
			await article.getByRole('button', { name: 'Check my answer' }).click();
		}
		await sim.locator('[data-message]:visible [data-next]').click();
		await sim.getByRole('button', { name: 'Start again' }).click();
		await expect(sim.locator('[data-progress]')).toHaveText('0 of 8 messages checked');
		await expect(sim.getByRole('heading', { name: inbox.messages[0]!.subject })).toBeFocused();
		await expect(sim.getByRole('radio', { checked: true })).toHaveCount(0);
	});

	test('axe finds nothing in any state', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(path);
		const sim = page.locator('practice-inbox');
		await expectAccessible(page, 'practice-inbox', 'first message open');
		const bank = sim.getByRole('article', { name: 'Your account has been locked' });
		await bank.getByRole('button', { name: 'Unlock my account' }).focus();
		await expectAccessible(page, 'practice-inbox', 'link address shown');
		await bank.getByRole('button', { name: 'Unlock my account' }).click();
		await bank.getByLabel(/^Suspicious/).check();
		await bank.getByRole('button', { name: 'Check my answer' }).click();
		await expectAccessible(page, 'practice-inbox', 'link note and feedback shown');
		for (const message of inbox.messages.slice(1)) {
			await sim.getByRole('button', { name: new RegExp(message.subject.replace(/[$!?]/g, '.')) }).click();
			await sim.getByRole('article', { name: message.subject }).getByLabel(/^Safe/).check();
			await sim.getByRole('article', { name: message.subject }).getByRole('button', { name: 'Check my answer' }).click();
		}
		await sim.locator('[data-message]:visible [data-next]').click();
		await expectAccessible(page, 'practice-inbox', 'result shown');
	});

	test('axe finds nothing in the readable version either (shown when the script cannot run)', async ({ page }) => {
		test.setTimeout(60_000);
		await withoutPracticeScripts(page);
		await page.goto(path);
		await expect(page.locator('practice-inbox [data-readable]')).toBeVisible();
		await page.locator('practice-inbox details').first().locator('summary').click();
		await expectAccessible(page, 'practice-inbox', 'readable version');
	});
});

test.describe('practice inbox with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every message as text, links with their address, answers in <details>', async ({ page }) => {
		await page.goto(path);
		const sim = page.locator('practice-inbox');
		for (const message of inbox.messages) await expect(sim.getByRole('heading', { name: message.subject })).toBeVisible();
		await expect(sim.getByText('(link to https://riverside-bank.account-verify.example/login)')).toBeVisible();
		await expect(sim.getByRole('button')).toHaveCount(0);
		const answer = sim.locator('details').first();
		await expect(answer.getByText('Suspicious: this message is a scam.')).toBeHidden();
		await answer.locator('summary').click();
		await expect(answer.getByText('Suspicious: this message is a scam.')).toBeVisible();
		await expect(answer).toContainText(`${signLabel('sender')}. The bank writes from @riverside-bank.example.`);
	});
});
