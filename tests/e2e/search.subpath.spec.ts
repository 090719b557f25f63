import { test, expect } from './fixtures';
import { searchRequests } from '../support/search/requests';
import { lessonFacts } from '../support/search/lessons';

const passwords = lessonFacts('strong-passwords');
const scams = lessonFacts('spot-a-scam');

// The same search under the /course/ sub-path: files, results and links must stay under it.
test('under a sub-path, the header search finds a lesson and opens it', async ({ page }) => {
	const requested = searchRequests(page);
	await page.goto(scams.path.slice(1));
	await page.getByRole('searchbox', { name: 'Search the course' }).fill('strong passwords');
	const link = page.locator('.search-hit__link').first();
	await expect(link).toHaveText(passwords.title);
	expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/course${passwords.path}`);
	expect(requested().length).toBeGreaterThan(0);
	for (const url of requested()) expect(new URL(url).pathname.startsWith('/course/'), url).toBe(true);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(passwords.title);
});

test('under a sub-path, Enter in the header opens the search page there, with results', async ({ page }) => {
	await page.goto('./');
	const input = page.getByRole('searchbox', { name: 'Search the course' });
	await input.fill('phishing');
	await input.press('Enter');
	await expect(page).toHaveURL(/\/course\/search\/\?q=phishing$/);
	await expect(page.getByRole('heading', { level: 2, name: scams.title })).toBeVisible();
});

test('under a sub-path, the offline index answers when Pagefind is missing', async ({ page, guards }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto('search/?q=passphrase');
	const link = page.getByRole('link', { name: passwords.title });
	await expect(link).toBeVisible();
	expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/course${passwords.path}`);
	guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('ERR_FAILED')));
});
