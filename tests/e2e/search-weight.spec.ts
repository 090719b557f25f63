import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';

// Search adds a box to every page; its code waits until used. Budgets of every lesson page:
// at most 14 KB gzip in all (HTML, CSS, scripts), at most 6 KB gzip of script before any use.
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('every lesson page stays within its weight budget with the search box', async ({ request, baseURL }) => {
	const { pages } = await crawl(request, baseURL!);
	const assets = new Map<string, number>();
	const assetBytes = async (url: string) => {
		if (!assets.has(url)) assets.set(url, gz(await (await request.get(url)).body()));
		return assets.get(url)!;
	};
	let lessons = 0;
	for (const url of pages) {
		const html = await (await request.get(url)).text();
		if (!html.includes('data-search-id=')) continue;
		lessons++;
		const root = parse(html);
		const inline = gz(root.querySelectorAll('script:not([src])').map((s) => s.text).join('\n'));
		let scripts = inline;
		for (const s of root.querySelectorAll('script[src]')) scripts += await assetBytes(new URL(s.getAttribute('src')!, url).href);
		let css = 0;
		for (const l of root.querySelectorAll('link[rel="stylesheet"]')) css += await assetBytes(new URL(l.getAttribute('href')!, url).href);
		expect(scripts, `${url}: script before interaction (bytes gzip)`).toBeLessThanOrEqual(6 * 1024);
		expect(gz(html) + css + scripts - inline, `${url}: HTML + CSS + scripts (bytes gzip)`).toBeLessThanOrEqual(14 * 1024);
	}
	expect(lessons).toBeGreaterThan(0);
});
