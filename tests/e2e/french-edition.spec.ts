import { test, expect } from './fixtures';
import { aFrenchLesson, anEnglishOnlyModule } from '../support/french-pages';

// The French edition (/fr/): the language switch both ways, the remembered choice and the one-line
// offer, progress shared across languages, and a French lesson without JavaScript.
const lesson = aFrenchLesson();
const switchLink = (page: import('@playwright/test').Page) => page.locator('a[data-lang-switch]');

test('the switch leads to the same page in the other language, and back', async ({ page }) => {
	await page.goto(`.${lesson.en}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await switchLink(page).click();
	await expect(page).toHaveURL(new RegExp(`${lesson.fr}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('article.lesson')).toBeVisible();
	await switchLink(page).click();
	await expect(page).toHaveURL(new RegExp(`${lesson.en}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a page with no French counterpart switches to the French home, and French lists English-only modules in English', async ({ page }) => {
	const module = anEnglishOnlyModule();
	await page.goto(`.${module}`);
	await expect(switchLink(page)).toHaveText('Français');
	await switchLink(page).click();
	await expect(page).toHaveURL(/\/fr\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	// The English-only module is on the French home, marked, and links to its English page.
	const card = page.locator(`.card[data-module-id="${module.slice(1, -1)}"]`);
	await expect(card.locator('.card__lang')).toBeVisible();
	await expect(card.locator('.card__title a')).toHaveAttribute('href', module);
	// French modules come first.
	const first = page.locator('.cards .card').first();
	await expect(first.locator('.card__lang')).toHaveCount(0);
});

test.describe('a browser that prefers French', () => {
	test.use({ locale: 'fr-FR' });

	test('is offered the French edition in one line on a first visit, never again once it says no, with no layout shift', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { shift: number }).shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('./');
		const offer = page.locator('aside.lang-offer');
		await expect(offer).toContainText('Ce cours existe en français.');
		await expect(offer).toHaveAttribute('lang', 'fr');
		await expect(offer.getByRole('link', { name: 'Lire en français' })).toHaveAttribute('href', /\/fr\/$/);
		expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
		await offer.getByRole('button', { name: 'Non merci' }).click();
		await expect(offer).toHaveCount(0);
		await page.reload();
		await expect(page.locator('h1')).toBeVisible();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		await expect(page.locator('aside.lang-offer')).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('cds:language'))).toBe('en');
	});

	test('once French is chosen, the English home links back to French in one line; other English pages do not', async ({ page }) => {
		await page.goto(`.${lesson.en}`);
		await page.locator('aside.lang-offer').getByRole('link', { name: 'Lire en français' }).click();
		await expect(page).toHaveURL(new RegExp(`${lesson.fr}$`));
		expect(await page.evaluate(() => localStorage.getItem('cds:language'))).toBe('fr');
		// The French page offers nothing: the learner reads the language they chose.
		await expect(page.locator('article.lesson')).toBeVisible();
		await expect(page.locator('aside.lang-offer')).toHaveCount(0);
		await page.goto('./');
		await expect(page.locator('aside.lang-offer').getByRole('link', { name: 'Lire en français' })).toBeVisible();
		await page.goto(`.${lesson.en}`);
		await expect(page.locator('article.lesson')).toBeVisible();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		await expect(page.locator('aside.lang-offer')).toHaveCount(0);
	});
});

test('a browser that prefers English is offered nothing on the English home', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('h1')).toBeVisible();
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	await expect(page.locator('aside.lang-offer')).toHaveCount(0);
});

test('a lesson marked done in French is done in English, and the reverse', async ({ page }) => {
	const done = page.locator('button[data-action="done"]');
	await page.goto(`.${lesson.fr}`);
	await done.click();
	await expect(done).toHaveAttribute('data-done', 'true');
	await page.goto(`.${lesson.en}`);
	await expect(done).toHaveAttribute('data-done', 'true');
	await done.click();
	await expect(done).toHaveAttribute('data-done', 'false');
	await page.goto(`.${lesson.fr}`);
	await expect(page.locator('article.lesson')).toBeVisible();
	await expect(done).toHaveAttribute('data-done', 'false');
	// My progress in French lists the lesson with its French title.
	const title = await page.locator('h1').textContent();
	await page.goto('./fr/progress/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('link', { name: title!.trim(), exact: true }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a French lesson reads in full, and its switch is a plain link', async ({ page }) => {
		await page.goto(`.${lesson.fr}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.lesson__body')).not.toBeEmpty();
		await expect(page.locator('.key-points li').first()).toBeVisible();
		await switchLink(page).click();
		await expect(page).toHaveURL(new RegExp(`${lesson.en}$`));
	});
});

test('a French address that does not exist shows the French "not found" page', async ({ page, guards }) => {
	const response = await page.goto('./fr/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(switchLink(page)).toHaveAttribute('href', '/');
	guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('404')));
});
