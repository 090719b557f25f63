import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';

export interface CrawlResult {
	/** Every HTML page reached from the start page, as absolute URLs without hash. */
	pages: string[];
	/** Links or assets that did not answer 200, with the page that holds them. */
	broken: { from: string; to: string; status: number }[];
}

/** How many addresses the crawl asks for at once: the local server answers several while one is parsed. */
const AT_ONCE = 8;

/** Follows every same-origin link and asset from the start page, as a visitor would. */
export async function crawl(request: APIRequestContext, start: string): Promise<CrawlResult> {
	const origin = new URL(start).origin;
	const seen = new Set<string>();
	const pages: string[] = [];
	const broken: CrawlResult['broken'] = [];
	const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
	const visit = async ({ url, from }: { url: string; from: string }) => {
		const response = await request.get(url, { maxRedirects: 0 });
		if (response.status() !== 200) {
			broken.push({ from, to: url, status: response.status() });
			return;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
		pages.push(url);
		const root = parse(await response.text());
		const targets = root
			.querySelectorAll('a[href], link[href], img[src], script[src], source[src]')
			.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
			.filter((target) => target && !target.startsWith('#') && !/^(mailto|tel|data|javascript):/.test(target));
		for (const target of targets) {
			const next = new URL(target, url);
			if (next.origin !== origin) continue;
			next.hash = '';
			if (next.search) next.search = '';
			if (!seen.has(next.href)) queue.push({ url: next.href, from: url });
		}
	};
	while (queue.length > 0) {
		const batch: { url: string; from: string }[] = [];
		while (queue.length > 0 && batch.length < AT_ONCE) {
			const next = queue.shift()!;
			if (seen.has(next.url)) continue;
			seen.add(next.url);
			batch.push(next);
		}
		await Promise.all(batch.map(visit));
	}
	return { pages: pages.sort(), broken };
}
