import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures';
import { PASSWORDS, SCAM } from '../support/progress';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Gzip bytes of a page and what it loads before any interaction: styles, scripts and the modules they import. */
async function weigh(request: APIRequestContext, url: string): Promise<{ html: number; css: number; js: number; files: string[] }> {
	const html = await (await request.get(url)).text();
	const root = parse(html);
	const seen = new Set<string>();
	let css = 0;
	let js = 0;
	for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
		const href = new URL(link.getAttribute('href')!, url).href;
		seen.add(href);
		css += gz(await (await request.get(href)).text());
	}
	for (const style of root.querySelectorAll('style')) css += gz(style.textContent);
	const queue: string[] = [];
	for (const script of root.querySelectorAll('script')) {
		const type = script.getAttribute('type');
		if (type && type !== 'module') continue; // data (the course outline) is counted in the HTML
		const src = script.getAttribute('src');
		if (src) queue.push(new URL(src, url).href);
		else {
			js += gz(script.textContent);
			for (const m of script.textContent.matchAll(/(?:import|from)\s*["']([^"']+)["']/g)) queue.push(new URL(m[1]!, url).href);
		}
	}
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const text = await (await request.get(file)).text();
		js += gz(text);
		for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+)["']/g)) queue.push(new URL(m[1]!, file).href);
	}
	return { html: gz(html), css, js, files: [...seen].map((f) => new URL(f).pathname) };
}

test('lesson pages stay within the budget: 14 KB gzip in all, 6 KB of JavaScript', async ({ request, baseURL }) => {
	for (const path of [PASSWORDS, SCAM]) {
		const weight = await weigh(request, new URL(path, baseURL).href);
		console.log(`${path}: html ${weight.html} B, css ${weight.css} B, js ${weight.js} B (gzip) from ${weight.files.join(', ')}`);
		expect(weight.js, `${path} JavaScript`).toBeLessThanOrEqual(6 * 1024);
		expect(weight.html + weight.css + weight.js, `${path} in all`).toBeLessThanOrEqual(14 * 1024);
	}
});
