import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageCourse, type EditionZip, type PackageOptions } from '../../src/packaging/offline/index';
import { cspHash } from '../../src/integrations/csp/csp-hashes';

/*
 * A small built site, as Astro would write it under the base /course/, with every kind of
 * address and script the offline step must handle, including what the quiz, progress and
 * search features will add (module scripts sharing a chunk, a classic index script, Pagefind).
 */
const inlineModule = `import { mark } from '/course/_astro/chunk.js'; mark('inline');`;
const inlineStyle = '.hero{background:url(/course/images/bg.svg)}';
const earlyScript = 'window.early = 1;';
const page = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>` +
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${cspHash(earlyScript)} ${cspHash(inlineModule)}; style-src 'self' ${cspHash(inlineStyle)}">` +
	`<script>${earlyScript}</script><link rel="stylesheet" href="/course/_astro/site.css">${head}</head><body><main>${body}</main></body></html>`;

const site: Record<string, string> = {
	'index.html': page(
		`<a href="/course/">Home</a><a href="/course/lessons/one/?q=x#top">One</a><a href="/course/glossary/#word">Glossary</a><a href="#main">Skip</a>` +
			`<a href="https://example.org/">Elsewhere</a><a href="mailto:a@example.org">Mail</a>` +
			`<img src="/course/images/a.svg" srcset="/course/images/a.svg 1x, /course/images/a.svg 2x" alt="">` +
			`<form action="/course/search/"><input name="q"></form>` +
			`<p data-offline="hide">Online only</p><p data-offline="only" hidden>Offline only</p>` +
			`<script type="module" src="/course/_astro/entry.js"></script><script type="module">${inlineModule}</script>`,
		`<style>${inlineStyle}</style><link rel="modulepreload" href="/course/_astro/chunk.js"><script src="/course/search-index.js"></script>` +
			`<link rel="stylesheet" href="/course/pagefind/pagefind-ui.css"><script src="/course/pagefind/pagefind-ui.js"></script>`,
	),
	'lessons/one/index.html': page(`<a href="../../glossary/">Glossary</a><a href="/course/">Home</a><script type="module" src="/course/_astro/entry.js"></script>`),
	'glossary/index.html': page('<h1>Glossary</h1>'),
	'search/index.html': page('<h1>Search</h1>'),
	'old/index.html': `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=/course/lessons/one/"></head><body></body></html>`,
	'download/index.html': page(
		`<p data-download="pending">Not ready</p><div data-download="ready" hidden><span data-figure="size"></span><code data-figure="sha256"></code></div>` +
			`<p><time data-figure="date"></time> <span data-figure="size"></span></p>`,
	),
	'_astro/site.css': '@import "/course/_astro/more.css";body{background:url("/course/images/bg.svg")}',
	'_astro/more.css': 'p{color:red}',
	'_astro/entry.js': `import { mark } from './chunk.js'; mark('entry');`,
	'_astro/chunk.js': `export function mark(who) { (globalThis.order ??= []).push(who); }\nglobalThis.chunkRuns = (globalThis.chunkRuns ?? 0) + 1;`,
	'search-index.js': 'window.searchIndex = [];',
	'images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'images/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'pagefind/pagefind-ui.js': 'export {}',
	'pagefind/pagefind-ui.css': '',
};

const work = mkdtempSync(join(tmpdir(), 'cds-offline-test-'));
const writeSite = (dir: string, files: Record<string, string>) => {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
};
const options = (siteDir: string, outDir: string): PackageOptions => ({
	projectRoot: process.cwd(),
	siteDir,
	outDir,
	base: '/course/',
	siteUrl: 'https://skills.example.org/course/',
	courseTitle: 'Test Course',
	version: '1.2.3',
	date: new Date(Date.UTC(2026, 4, 3, 10, 30)),
});

// The site has English pages only: one zip, the English one.
let result: EditionZip;
let second: EditionZip;
const copied = (path: string) => readFileSync(join(work, 'out', 'en', path), 'utf8');
const html = (path: string) => parse(copied(path));

beforeAll(async () => {
	writeSite(join(work, 'site'), site);
	const first = await packageCourse(options(join(work, 'site'), join(work, 'out')));
	expect(first.editions.map((e) => e.locale)).toEqual(['en']);
	result = first.editions[0]!;
	// Again, from the same folder that now holds the zip and the filled-in download page.
	second = (await packageCourse(options(join(work, 'site'), join(work, 'out2')))).editions[0]!;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the zip', () => {
	it('is the same bytes every time, so it can be checksummed', () => {
		expect(second.sha256).toBe(result.sha256);
		expect(createHash('sha256').update(readFileSync(result.zipPath)).digest('hex')).toBe(result.sha256);
		expect(result.zipPath).toBe(join(work, 'site', 'course-offline-1.2.3-en.zip'));
	});

	it('holds the shell page, the README and the site, sorted, with one fixed date', () => {
		const entries = Object.keys(unzipSync(readFileSync(result.zipPath)));
		expect(entries).toEqual([...entries].sort());
		expect(entries).toContain('index.html');
		expect(entries).toContain('README.txt');
		expect(entries).toContain('course/index.html');
		expect(entries).toContain('course/search-index.js');
		expect(entries.filter((e) => e.startsWith('course/pagefind/') || /^course\/_astro\/.*\.js$/.test(e) || e.endsWith('.zip'))).toEqual([]);
		const readme = copied('README.txt');
		expect(readme).toContain('Test Course: the offline course\r\nVersion 1.2.3, made on 3 May 2026.\r\n');
		expect(readme).toContain('https://skills.example.org/course/download/ (needs the internet)');
	});
});

describe('a page of the copy', () => {
	it('has relative addresses, with index.html for folders and the base removed', () => {
		const root = html('course/index.html');
		expect(root.querySelectorAll('main > a').map((a) => a.getAttribute('href'))).toEqual([
			'index.html',
			'lessons/one/index.html?q=x#top',
			'glossary/index.html#word',
			'#main',
			'https://example.org/',
			'mailto:a@example.org',
		]);
		expect(root.querySelector('img')!.getAttribute('srcset')).toBe('images/a.svg 1x, images/a.svg 2x');
		expect(root.querySelector('form')!.getAttribute('action')).toBe('search/index.html');
		expect(root.querySelector('script[src$="search-index.js"]')!.getAttribute('src')).toBe('search-index.js');
		expect(html('course/lessons/one/index.html').querySelectorAll('main > a').map((a) => a.getAttribute('href'))).toEqual(['../../glossary/index.html', '../../index.html']);
		expect(html('course/old/index.html').querySelector('meta')!.getAttribute('content')).toBe('0;url=../lessons/one/index.html');
		expect(copied('course/_astro/site.css')).toBe('@import "more.css";body{background:url("../images/bg.svg")}');
	});

	it('says that links to other websites need the internet, and opens them in the whole window', () => {
		const link = html('course/index.html').querySelector('a[href^="https:"]')!;
		expect(link.text).toBe('Elsewhere (needs the internet)');
		expect(link.getAttribute('target')).toBe('_top');
	});

	it('drops what cannot work from file:// and switches the edition-specific parts', () => {
		const text = copied('course/index.html');
		expect(text).not.toContain('pagefind');
		expect(text).not.toContain('modulepreload');
		expect(text).not.toContain('Online only');
		expect(html('course/index.html').querySelector('[data-offline="only"]')!.hasAttribute('hidden')).toBe(false);
		expect(html('course/index.html').querySelector('html')!.hasAttribute('data-offline-edition')).toBe(true);
	});

	it('runs its module scripts as classic scripts, in order, each shared file once', () => {
		const root = html('course/index.html');
		expect(root.querySelectorAll('script[type="module"]')).toHaveLength(0);
		const scripts = root.querySelectorAll('script[src^="_offline/scripts/"]');
		// The shared chunk, the file script, the inline script (one file each).
		expect(scripts).toHaveLength(3);
		for (const script of scripts) expect(script.hasAttribute('defer')).toBe(true);
		const sandbox: { order?: string[]; chunkRuns?: number } = {};
		for (const script of scripts) runInNewContext(copied(`course/${script.getAttribute('src')}`), sandbox);
		expect(sandbox.order).toEqual(['entry', 'inline']);
		expect(sandbox.chunkRuns).toBe(1);
	});

	it('gives pages that run the same code the same files, so the copy holds shared code once', () => {
		const sources = (file: string) => html(file).querySelectorAll('script[src*="_offline/scripts/"]').map((s) => s.getAttribute('src')!.replace(/^(\.\.\/)+/, ''));
		const home = sources('course/index.html');
		const lesson = sources('course/lessons/one/index.html');
		// The lesson runs only entry.js: the chunk it imports, then its own file, both the home page's too.
		expect(lesson).toEqual(home.slice(0, 2));
		const inCopy = Object.keys(unzipSync(readFileSync(result.zipPath))).filter((f) => f.includes('_offline/scripts/'));
		expect(inCopy.sort()).toEqual(home.map((s) => `course/${s}`).sort());
	});

	it('says which script is missing when a shared file runs before what it needs', () => {
		const root = html('course/index.html');
		const entry = root.querySelectorAll('script[src^="_offline/scripts/"]')[1];
		const sandbox = {};
		expect(() => runInNewContext(copied(`course/${entry!.getAttribute('src')}`), sandbox)).toThrow(/must load before/);
	});

	it('keeps its content security policy true for every inline body', () => {
		const root = html('course/index.html');
		const policy = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
		const style = root.querySelector('style')!.rawText;
		expect(style).toBe('.hero{background:url(images/bg.svg)}');
		expect(policy).toContain(cspHash(style));
		expect(policy).not.toContain(cspHash(inlineStyle));
		expect(policy).not.toContain(cspHash(inlineModule));
		expect(policy).toContain(cspHash(earlyScript));
	});

	it('carries the tip to open index.html, and the page script', () => {
		const root = html('course/lessons/one/index.html');
		const notice = root.querySelector('[data-offline-notice]')!;
		expect(notice.hasAttribute('hidden')).toBe(true);
		expect(notice.querySelector('a')!.getAttribute('href')).toBe('../../../index.html#/lessons/one/');
		expect(root.querySelector('head script[src$="_offline/page.js"]')!.getAttribute('src')).toBe('../../_offline/page.js');
	});
});

describe('the download page', () => {
	it('on the hosted site, gets the size, date and check code of the zip', () => {
		const root = parse(readFileSync(join(work, 'site', 'download/index.html'), 'utf8'));
		expect(root.querySelector('[data-figure="sha256"]')!.text).toBe(result.sha256);
		expect(root.querySelector('[data-figure="size"]')!.text).toMatch(/^\d+ kB$/);
		expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2026-05-03');
		expect(root.querySelector('[data-download="pending"]')).toBeNull();
		expect(root.querySelector('[data-download="ready"]')!.hasAttribute('hidden')).toBe(false);
	});

	it('in the copy, shows the date it was made and nothing about the zip', () => {
		const root = html('course/download/index.html');
		expect(root.querySelector('time')!.text).toBe('3 May 2026');
		expect(root.querySelector('[data-download]')).toBeNull();
		expect(root.querySelector('[data-figure="size"]')!.text).toBe('');
	});
});

describe('a site with a broken address', () => {
	it('is refused with the page and the address named', async () => {
		const dir = join(work, 'broken');
		writeSite(dir, { 'index.html': page('<a href="/course/missing/">Lost</a>') });
		await expect(packageCourse(options(dir, join(work, 'broken-out')))).rejects.toThrow('index.html: "/course/missing/" points at a missing page (missing/index.html).');
	});
});
