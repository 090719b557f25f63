import { lessonFacts } from '../support/search/lessons';
import { searchRequests } from '../support/search/requests';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';

const passwords = lessonFacts('strong-passwords');
const scams = lessonFacts('spot-a-scam');

// The offline copy, opened from file:// through index.html: fetch, import(), WebAssembly and
// workers are blocked there, so search must answer from the lunr index script alone.

test('from the header box, a learner finds a lesson and opens it', async ({ page, copy }) => {
	const requested = searchRequests(page);
	await page.goto(`${fileUrl(copy)}#${scams.path}`);
	const course = page.frameLocator('#course-frame');
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(scams.title);
	const input = course.getByRole('searchbox', { name: 'Search the course' });
	await input.fill('pasword');
	await expect(course.getByRole('banner').getByRole('status')).toHaveText(/lessons? found for “pasword”/);
	await expect(course.getByText('We searched for “password” instead of “pasword”.')).toBeVisible();
	const first = course.locator('.search-hit').first();
	await expect(first.getByRole('link')).toHaveText(passwords.title);
	await expect(first).toContainText(`${passwords.module} · ${passwords.minutes} minutes`);
	expect(requested().some((url) => url.endsWith('/search/lunr-index.js'))).toBe(true);
	expect(requested().some((url) => url.includes('pagefind'))).toBe(false);
	await first.getByRole('link').click();
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${passwords.path}`);
});

test('Enter opens the search page with the results, which open the lesson', async ({ page, copy }) => {
	await page.goto(fileUrl(copy));
	const course = page.frameLocator('#course-frame');
	const input = course.getByRole('searchbox', { name: 'Search the course' });
	await input.fill('passphrase');
	await input.press('Enter');
	await expect(course.getByRole('main').getByRole('status')).toHaveText(/^\d+ lessons? found for “passphrase”\.$/);
	await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/search/?q=passphrase');
	const first = course.locator('.search-hit').first();
	await expect(first.locator('mark').first()).toHaveText(/passphrase/i);
	await first.getByRole('link').click();
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
});

test('a search page opened on its own answers too, and shows a markup query as text', async ({ page, copy }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	const query = '<img src=x onerror=alert(1)>';
	await page.goto(`${fileUrl(copy, 'course/search/index.html')}?q=${encodeURIComponent(query)}`);
	await expect(page.getByRole('main').getByRole('status')).toContainText(`found for “${query}”`);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await page.getByRole('main').getByRole('searchbox', { name: 'Search the course' }).fill('scam text message');
	await page.getByRole('main').getByRole('searchbox', { name: 'Search the course' }).press('Enter');
	await expect(page.locator('.search-hit').first().getByRole('link')).toHaveText(scams.title);
	expect(dialogs).toBe(0);
});
