// The practice inbox against its example (examples/spot-the-scam.astro: the course's data on a bare
// page): feedback sign by sign, the pretend link (hover, keyboard focus, Escape), "Start again",
// axe in each state (light and dark), the versions without script, and French words on a French
// page (examples/fr/spot-the-scam.astro). Done with the keyboard alone
// on the course's own practice page: tests/e2e/practice-inbox.spec.ts.
import { test, expect } from '../../../tests/e2e/fixtures';
import { countRequests, expectAccessible, tabTo, withoutPracticeScripts } from '../../../tests/e2e/practice-support';
import { loadPracticeData } from '../../content-layer/practice-data';
import { exampleUrl } from '../../../tests/support/components';

const path = exampleUrl('practice-inbox', 'spot-the-scam');
const inbox = loadPracticeData('PracticeInbox', 'spot-the-scam');
const signLabel = (id: string) => inbox.signs.find((s) => s.id === id)!.label;

test.describe('practice inbox', () => {
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

test('on a French page, the inbox speaks French: its messages, its buttons, its feedback', async ({ page }) => {
	await page.goto(exampleUrl('practice-inbox', 'spot-the-scam', 'fr'));
	const sim = page.locator('practice-inbox');
	const first = sim.getByRole('article', { name: 'Opération suspecte de 849,90 € : un conseiller va vous appeler' });
	await first.getByRole('button', { name: 'Vérifier ma réponse' }).click();
	await expect(first.getByText('Choisissez d’abord « Sûr » ou « Suspect ».')).toBeVisible();
	await first.getByLabel(/^Suspect/).check();
	await first.getByRole('button', { name: 'Vérifier ma réponse' }).click();
	await expect(first.locator('[data-feedback]')).toContainText('Juste : ce message est une arnaque.');
	await expect(sim.locator('[data-progress]')).toHaveText('1 message vérifié sur 10');
});
