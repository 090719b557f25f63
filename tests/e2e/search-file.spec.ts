import { test, expect } from './fixtures';
import { fileCopyOfSite } from '../support/search/file-copy';
import { searchRequests } from '../support/search/requests';
import { lessonFacts } from '../support/search/lessons';

const passwords = lessonFacts('strong-passwords');
const scams = lessonFacts('spot-a-scam');

// The offline copy: opened from file://, where fetch, import(), WebAssembly and workers are
// blocked. Search must answer from the lunr index script alone.
let site: URL;
test.beforeAll(() => {
	site = fileCopyOfSite('dist');
});

test('from file://, the search page answers from the offline index and its results open', async ({ page }) => {
	const requested = searchRequests(page);
	await page.goto(new URL('search/index.html?q=passphrase', site).href);
	await expect(page.getByRole('status')).toHaveText(/lessons? found for “passphrase”/);
	expect(requested().some((url) => url.endsWith('/search/lunr-index.js'))).toBe(true);
	expect(requested().some((url) => url.includes('/pagefind/'))).toBe(false);
	const first = page.locator('.search-hit').first();
	await expect(first.locator('mark').first()).toHaveText(/passphrase/i);
	await expect(first.getByRole('link')).toHaveText(passwords.title);
	await first.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`${passwords.path}index\\.html$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
});

test('from file://, the header box finds lessons and Enter opens the search page', async ({ page }) => {
	await page.goto(new URL(`${scams.path.slice(1)}index.html`, site).href);
	const input = page.getByRole('searchbox', { name: 'Search the course' });
	await input.fill('strong passwords');
	await expect(page.locator('.search-hit__link').first()).toHaveText(passwords.title);
	await input.press('Enter');
	await expect(page).toHaveURL(/\/search\/index\.html\?q=strong\+passwords$/);
	await expect(page.getByRole('heading', { level: 2, name: passwords.title })).toBeVisible();
});

test('from file://, a markup query is shown as text and runs nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto(new URL(`search/index.html?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, site).href);
	await expect(page.getByRole('status')).toContainText('found for “<img src=x onerror=alert(1)>”');
	expect(dialogs).toBe(0);
});
