import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Weight {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	page: string;
	html: Weight;
	css: Weight;
	/** Scripts that run on load, before any interaction (inline and src), but for simulations; inline ones are in `html` too. */
	js: Weight;
	/** A practice simulation's own script: only lessons that embed one load it (reported apart). */
	practiceJs: Weight;
	total: Weight;
}

const weigh = (text: string | Buffer): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Weight = { raw: 0, gzip: 0 };

/** What a browser downloads to show one page: its HTML, its stylesheets and its scripts. */
export function pageWeight(distDir: string, base: string, pagePath: string): PageWeight {
	const html = readFileSync(join(distDir, pagePath), 'utf8');
	const root = parse(html);
	const fileFor = (url: string) => join(distDir, url.replace(new RegExp(`^${base}`), '').replace(/^\//, '').split(/[?#]/)[0]!);
	let css = zero;
	let js = zero;
	let practiceJs = zero;
	for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
		const file = fileFor(link.getAttribute('href')!);
		if (existsSync(file)) css = add(css, weigh(readFileSync(file)));
	}
	// Module scripts count with every module they import, as the browser loads them. The page's
	// own scripts first, then the simulations': a module only a simulation imports is the simulation's.
	const isPractice = (file: string) => /\/Practice(Inbox|Browser|Form|Mouse|Keys)\.astro_/.test(file);
	const entries = root.querySelectorAll('script[src]').map((s) => fileFor(s.getAttribute('src')!));
	const seen = new Set<string>();
	for (const practice of [false, true]) {
		const queue = entries.filter((file) => isPractice(file) === practice);
		while (queue.length > 0) {
			const file = queue.shift()!;
			if (seen.has(file) || !existsSync(file)) continue;
			seen.add(file);
			const text = readFileSync(file, 'utf8');
			if (practice) practiceJs = add(practiceJs, weigh(text));
			else js = add(js, weigh(text));
			for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) queue.push(join(dirname(file), m[1]!));
		}
	}
	// Inline scripts are already counted in the HTML; count their share of JS too, for the 6 KB budget.
	const inlineJs = root.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.text).join('\n');
	// The total counts them once, in the HTML: `js` here is only the script files.
	const htmlWeight = weigh(html);
	return { page: pagePath, html: htmlWeight, css, js: add(js, inlineJs ? weigh(inlineJs) : zero), practiceJs, total: add(add(add(htmlWeight, css), js), practiceJs) };
}
