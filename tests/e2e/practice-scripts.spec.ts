import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { PRACTICE_PAGES } from './practice-support';

const ELEMENTS = { inbox: 'practice-inbox', browser: 'practice-browser', form: 'practice-form', mouse: 'practice-mouse', keys: 'practice-keys' } as const;
const COMPONENTS = { inbox: 'PracticeInbox', browser: 'PracticeBrowser', form: 'PracticeForm', mouse: 'PracticeMouse', keys: 'PracticeKeys' } as const;
/** Budget per simulation, its own script plus the helpers it brings (not those every lesson page already loads), gzipped. */
const GZIP_BUDGET = 4_096;

/** A script and every module it imports, as the browser would fetch them. */
async function scriptWithImports(request: APIRequestContext, url: string, seen = new Set<string>()): Promise<string[]> {
	if (seen.has(url)) return [];
	seen.add(url);
	const source = await (await request.get(url)).text();
	const imports = [...source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, url).href);
	const nested = await Promise.all(imports.map((next) => scriptWithImports(request, next, seen)));
	return [source, ...nested.flat()];
}

test('each simulation\'s script loads only on pages that use it', async ({ page }) => {
	const defined = () => page.evaluate((names) => names.filter((name) => customElements.get(name)), Object.values(ELEMENTS));
	await page.goto('./');
	expect(await defined()).toEqual([]);
	expect(await page.content()).not.toMatch(/Practice(Inbox|Browser|Form|Mouse|Keys)/);
	for (const [kind, { path }] of Object.entries(PRACTICE_PAGES)) {
		await page.goto(path);
		await expect(page.locator(`${ELEMENTS[kind as keyof typeof ELEMENTS]}[data-ready]`)).toHaveCount(1);
		const expected = Object.entries(PRACTICE_PAGES).filter(([, p]) => p.path === path).map(([k]) => ELEMENTS[k as keyof typeof ELEMENTS]);
		expect((await defined()).sort()).toEqual(expected.sort());
	}
});

/** Every script a page loads, with the modules they import (already in the browser's cache on a practice page). */
async function pageScripts(request: APIRequestContext, pageUrl: string): Promise<Set<string>> {
	const html = await (await request.get(pageUrl)).text();
	const seen = new Set<string>();
	for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) await scriptWithImports(request, new URL(src!, pageUrl).href, seen);
	return seen;
}

test('each simulation\'s script stays small (gzip)', async ({ request, baseURL }) => {
	const sizes: string[] = [];
	for (const [kind, { path, lesson }] of Object.entries(PRACTICE_PAGES)) {
		const pageUrl = new URL(path, baseURL).href;
		const html = await (await request.get(pageUrl)).text();
		const src = new RegExp(`<script[^>]+src="([^"]*${COMPONENTS[kind as keyof typeof COMPONENTS]}\\.astro[^"]*\\.js)"`).exec(html)?.[1];
		expect(src, `${kind}: a script of its own`).toBeTruthy();
		// The course's shared scripts (the kit, the progress store) come with the lesson page before it.
		const shared = await pageScripts(request, new URL(lesson, baseURL).href);
		expect(shared.size, 'the lesson page loads the shared scripts').toBeGreaterThan(0);
		const code = (await scriptWithImports(request, new URL(src!, pageUrl).href, shared)).join('\n');
		const gzip = gzipSync(code, { level: 9 }).length;
		sizes.push(`${kind}: ${code.length} bytes, ${gzip} bytes gzipped`);
		expect(gzip, kind).toBeLessThan(GZIP_BUDGET);
	}
	test.info().annotations.push({ type: 'sizes', description: sizes.join('; ') });
	console.log(`practice scripts: ${sizes.join('; ')}`);
});

test('a lesson shows a card that opens its simulation\'s own page, and that page leads back to the card', async ({ page }) => {
	for (const { path, lesson, data } of Object.values(PRACTICE_PAGES)) {
		await page.goto(lesson);
		const card = page.locator(`#practice-${data}`);
		const heading = card.getByRole('heading', { level: 3 });
		await expect(heading).toBeVisible();
		const title = (await heading.innerText()).trim();
		// The lesson page carries the card, not the simulation itself.
		await expect(page.locator(Object.values(ELEMENTS).join(', '))).toHaveCount(0);
		await card.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
		// On its own page the simulation's title is the page's one h1.
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await page.getByRole('link', { name: 'Back to the lesson' }).click();
		await expect(page).toHaveURL(new RegExp(`${lesson}#practice-${data}$`));
		await expect(card).toBeInViewport();
	}
});
