import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures';

// Search adds a box to every page; its code must wait until used. Budgets of a lesson page:
// at most 14 KB gzip in all (HTML, CSS, scripts), at most 6 KB gzip of script before any use.
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('a lesson page stays within its weight budget with the search box', async ({ page, request }) => {
	const bytes: Record<string, number> = {};
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (['document', 'stylesheet', 'script'].includes(type)) bytes[response.url()] = gz(await response.body());
	});
	await page.goto('staying-safe/strong-passwords/');
	await page.waitForLoadState('networkidle');
	const html = await (await request.get(page.url())).text();
	const inlineScripts = parse(html).querySelectorAll('script:not([src])').map((s) => s.text).join('\n');
	const externalScripts = Object.entries(bytes).filter(([url]) => url.endsWith('.js')).reduce((sum, [, b]) => sum + b, 0);
	const total = Object.values(bytes).reduce((a, b) => a + b, 0);
	expect(Object.keys(bytes).some((url) => /search-ui|lunr-index|pagefind/.test(url)), 'no search code before use').toBe(false);
	expect(gz(inlineScripts) + externalScripts, 'script before interaction (bytes gzip)').toBeLessThanOrEqual(6 * 1024);
	expect(total, 'HTML + CSS + scripts (bytes gzip)').toBeLessThanOrEqual(14 * 1024);
});
