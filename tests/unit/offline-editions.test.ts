import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionFiles, fileLocale, pathLocale, standInPage } from '../../src/packaging/offline/edition-files';
import { packageCourse, type PackageResult } from '../../src/packaging/offline/index';
import { plainSearchForms, removeAbsentEditions } from '../../src/packaging/offline/page-tweaks';

/*
 * One zip a language. A small two-language site as the build writes it: English everywhere,
 * French for the "basics" module and the site's own pages; the "money" module in English only
 * (French pages link to it, as the French home does for modules not adapted yet).
 */
const page = (lang: string, body: string, head = '') =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title>${head}</head><body>` +
	`<header><a href="${lang === 'fr' ? '/fr/' : '/'}">Home</a><div data-module="search" data-search-root-href="/"><form action="${lang === 'fr' ? '/fr/search/' : '/search/'}"><input name="q"></form></div>` +
	`<nav><a href="${lang === 'fr' ? '/fr/glossary/' : '/glossary/'}">Glossary</a></nav>${body}</header></body></html>`;
/** The language switch as LanguageSwitch.astro renders it, with the offer of the other edition inside. */
const languageSwitch = (to: string, lang: string) =>
	`<p class="lang-switch" data-module="language-switch"><a href="${to}" hreflang="${lang}" lang="${lang}" data-lang-switch="${lang}">${lang}</a>` +
	`<template><aside><a href="${to}" hreflang="${lang}">Read it</a></aside></template></p>`;
const alternate = (to: string, lang: string) => `<link rel="alternate" hreflang="${lang}" href="${to}">`;

const site: Record<string, string> = {
	'index.html': page('en', `${languageSwitch('/fr/', 'fr')}<a href="/basics/">Basics</a><a href="/money/">Money</a>`, alternate('/fr/', 'fr')),
	'404.html': page('en', 'Not found'),
	'glossary/index.html': page('en', languageSwitch('/fr/glossary/', 'fr'), alternate('/fr/glossary/', 'fr')),
	'search/index.html': page('en', 'Search'),
	'basics/index.html': page('en', `${languageSwitch('/fr/basics/', 'fr')}<img src="/images/basics/mouse.svg" alt="">`, alternate('/fr/basics/', 'fr')),
	'money/index.html': page('en', `${languageSwitch('/fr/', 'fr')}<img src="/images/money/coins.svg" alt=""><a href="/basics/">Basics first</a>`),
	'download/index.html': page('en', '<div data-offline="hide"><p data-zip="en"><span data-figure="size"></span></p><p data-zip="fr">Also in French <span data-figure="size"></span></p></div>'),
	'fr/index.html': page('fr', `<h1>Compétences</h1>${languageSwitch('/', 'en')}<a href="/fr/basics/">Bases</a><a href="/money/" hreflang="en">Argent (en anglais)</a>`, alternate('/', 'en')),
	'fr/404.html': page('fr', 'Introuvable'),
	'fr/glossary/index.html': page('fr', languageSwitch('/glossary/', 'en'), alternate('/glossary/', 'en')),
	'fr/search/index.html': page('fr', 'Chercher'),
	'fr/basics/index.html': page('fr', `${languageSwitch('/basics/', 'en')}<img src="/images/fr/basics/mouse.svg" alt="">`, alternate('/basics/', 'en')),
	'fr/download/index.html': page('fr', '<div data-offline="hide"><p data-zip="fr"><span data-figure="size"></span></p><p data-zip="en">Aussi en anglais <span data-figure="size"></span></p></div>'),
	'images/basics/mouse.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'images/money/coins.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'images/fr/basics/mouse.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'search/lunr-index.js': 'window.CDS_SEARCH_INDEX = "en";',
	'search/search-ui.js': '',
	'search/fr/lunr-index.js': 'window.CDS_SEARCH_INDEX = "fr";',
	'search/fr/search-ui.js': '',
	'lazy/progress-notices.en.js': '',
	'lazy/progress-notices.fr.js': '',
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const sitePaths = Object.keys(site).sort();

describe('which files go into which language’s zip', () => {
	it('knows the language of a page and of a file made for one language', () => {
		expect(pathLocale('fr/basics/index.html')).toBe('fr');
		expect(pathLocale('basics/index.html')).toBe('en');
		expect(pathLocale('french-words/index.html')).toBe('en');
		expect(fileLocale('search/fr/lunr-index.js')).toBe('fr');
		expect(fileLocale('images/fr/basics/mouse.svg')).toBe('fr');
		expect(fileLocale('qr/fr/basics/one.svg')).toBe('fr');
		expect(fileLocale('lazy/progress-notices.fr.js')).toBe('fr');
		expect(fileLocale('lazy/progress-notices.en.js')).toBe('en');
		expect(fileLocale('search/lunr-index-2.js')).toBe('en');
		expect(fileLocale('images/basics/mouse.svg')).toBeUndefined();
		expect(fileLocale('_astro/site.css')).toBeUndefined();
	});

	it('English: every English page and file, nothing French', () => {
		const { pages, files, picturesIfUsed } = editionFiles(sitePaths, 'en');
		expect(pages).toEqual(sitePaths.filter((p) => p.endsWith('.html') && !p.startsWith('fr/')));
		expect(files).toEqual(['favicon.svg', 'images/basics/mouse.svg', 'images/money/coins.svg', 'lazy/progress-notices.en.js', 'search/lunr-index.js', 'search/search-ui.js']);
		expect(picturesIfUsed).toEqual([]);
	});

	it('French: the French pages, the English pages it has none for, its own search; English pictures only when used', () => {
		const { pages, files, picturesIfUsed } = editionFiles(sitePaths, 'fr');
		expect(pages).toEqual([...sitePaths.filter((p) => p.startsWith('fr/') && p.endsWith('.html')), 'money/index.html'].sort());
		// English pages stay: the English-only module's page needs the English notices.
		expect(files).toEqual(['favicon.svg', 'images/fr/basics/mouse.svg', 'lazy/progress-notices.en.js', 'lazy/progress-notices.fr.js', 'search/fr/lunr-index.js', 'search/fr/search-ui.js']);
		expect(picturesIfUsed).toEqual(['images/basics/mouse.svg', 'images/money/coins.svg']);
	});

	it('a French zip without any English page leaves the English notices out', () => {
		const onlyTwins = sitePaths.filter((p) => p !== 'money/index.html');
		expect(editionFiles(onlyTwins, 'fr').files).not.toContain('lazy/progress-notices.en.js');
	});

	it('a left-out English page is stood in for by the French one, only in the French zip and only when it exists', () => {
		const pages = new Set(sitePaths);
		expect(standInPage('glossary/index.html', 'fr', pages)).toBe('fr/glossary/index.html');
		expect(standInPage('money/index.html', 'fr', pages)).toBeUndefined();
		expect(standInPage('glossary/index.html', 'en', pages)).toBeUndefined();
		expect(standInPage('fr/glossary/index.html', 'fr', pages)).toBeUndefined();
	});
});

describe('links to the language a zip leaves out', () => {
	const inCopy = new Set(['index.html', 'money/index.html', 'fr/index.html']);
	const ctx = { base: '/', exists: (p: string) => inCopy.has(p), problems: [] as string[] };

	it('removes the switch, its offer and the alternate when they lead to a page the copy has not', () => {
		const root = parse(page('fr', languageSwitch('/glossary/', 'en'), alternate('/glossary/', 'en')));
		removeAbsentEditions(root, 'fr/glossary/index.html', ctx);
		expect(root.querySelector('[data-module="language-switch"]')).toBeNull();
		expect(root.querySelector('link[rel="alternate"]')).toBeNull();
		expect(root.toString()).not.toContain('hreflang="en"');
		expect(ctx.problems).toEqual([]);
	});

	it('keeps them when the page they lead to is in the copy', () => {
		const root = parse(page('en', languageSwitch('/fr/', 'fr'), alternate('/fr/', 'fr')));
		removeAbsentEditions(root, 'money/index.html', ctx);
		expect(root.querySelector('a[data-lang-switch]')!.getAttribute('href')).toBe('/fr/');
		expect(root.querySelector('link[rel="alternate"]')).not.toBeNull();
	});

	it('makes a search box a plain form, which loads no index (the root stays, for the lazy scripts)', () => {
		const root = parse(page('en', ''));
		plainSearchForms(root);
		expect(root.querySelector('[data-module="search"]')).toBeNull();
		expect(root.querySelector('[data-search-root-href]')!.getAttribute('data-search-root-href')).toBe('/');
		expect(root.querySelector('form')!.getAttribute('action')).toBe('/search/');
	});
});

describe('packaging a two-language site', () => {
	const work = mkdtempSync(join(tmpdir(), 'cds-offline-editions-'));
	let result: PackageResult;
	const zipFiles = (locale: string) => unzipSync(readFileSync(result.editions.find((e) => e.locale === locale)!.zipPath));
	const text = (locale: string, path: string) => Buffer.from(zipFiles(locale)[path]!).toString('utf8');
	/** The page's own links (not the tip to open index.html that the step adds). */
	const hrefs = (locale: string, path: string) => parse(text(locale, path)).querySelectorAll('header a').map((a) => a.getAttribute('href'));

	beforeAll(async () => {
		for (const [path, body] of Object.entries(site)) {
			mkdirSync(dirname(join(work, 'site', path)), { recursive: true });
			writeFileSync(join(work, 'site', path), body);
		}
		writeFileSync(join(work, 'site', 'course-offline-1.0.0.zip'), 'an old two-language zip');
		result = await packageCourse({
			projectRoot: process.cwd(),
			siteDir: join(work, 'site'),
			outDir: join(work, 'out'),
			base: '/',
			siteUrl: 'https://skills.example.org/',
			courseTitle: 'Skills',
			version: '1.2.3',
			date: new Date(Date.UTC(2026, 4, 3)),
		});
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('writes one zip a language, English first, and takes the old zip away', () => {
		expect(result.editions.map((e) => [e.locale, e.zipPath])).toEqual([
			['en', join(work, 'site', 'course-offline-1.2.3-en.zip')],
			['fr', join(work, 'site', 'course-offline-1.2.3-fr.zip')],
		]);
		expect(() => readFileSync(join(work, 'site', 'course-offline-1.0.0.zip'))).toThrow();
	});

	it('the English zip has no French page, search file or picture, and no way to French', () => {
		const files = Object.keys(zipFiles('en'));
		expect(files.filter((f) => /\/fr\/|\.fr\./.test(f))).toEqual([]);
		for (const path of files.filter((f) => f.endsWith('.html'))) expect(text('en', path), path).not.toMatch(/hreflang="fr"|data-lang-switch/);
		expect(text('en', 'index.html')).toContain('<html lang="en">');
		expect(text('en', 'index.html')).toContain('src="course/index.html"');
	});

	it('the French zip: French pages, the English-only module, its pictures; no English twin, index or picture', () => {
		const files = Object.keys(zipFiles('fr'));
		expect(files.filter((f) => f.endsWith('.html'))).toEqual([
			'course/fr/404.html',
			'course/fr/basics/index.html',
			'course/fr/download/index.html',
			'course/fr/glossary/index.html',
			'course/fr/index.html',
			'course/fr/search/index.html',
			'course/money/index.html',
			'index.html',
		]);
		expect(files).toContain('course/images/money/coins.svg');
		expect(files).not.toContain('course/images/basics/mouse.svg');
		expect(files).not.toContain('course/search/lunr-index.js');
		expect(files).toContain('course/search/fr/lunr-index.js');
	});

	it('in the French zip, French pages keep their links to the English-only module and lose the way to English', () => {
		expect(hrefs('fr', 'course/fr/index.html')).toEqual(['index.html', 'glossary/index.html', 'basics/index.html', '../money/index.html']);
		expect(text('fr', 'course/fr/glossary/index.html')).not.toMatch(/hreflang="en"|data-lang-switch/);
	});

	it('in the French zip, an English-only page leads to the French pages instead of the English ones left out', () => {
		// Home, glossary, the switch and its offer (to the French home) and "Basics first" (the French Basics).
		expect(hrefs('fr', 'course/money/index.html')).toEqual(['../fr/index.html', '../fr/glossary/index.html', '../fr/index.html', '../fr/index.html', '../fr/basics/index.html']);
		const money = parse(text('fr', 'course/money/index.html'));
		expect(money.querySelector('form')!.getAttribute('action')).toBe('../fr/search/index.html');
		expect(money.querySelector('[data-module="search"]')).toBeNull();
		// The site's root, where the lazy scripts are: the copy's root folder, not the French home.
		expect(money.querySelector('[data-search-root-href]')!.getAttribute('data-search-root-href')).toBe('../');
		expect(parse(text('fr', 'course/fr/index.html')).querySelector('[data-search-root-href]')!.getAttribute('data-search-root-href')).toBe('../');
	});

	it('the French shell opens the French home, and the README is in French', () => {
		const shell = text('fr', 'index.html');
		expect(shell).toContain('<html lang="fr">');
		expect(shell).toContain('<title>Compétences</title>');
		expect(shell).toContain('src="course/fr/index.html"');
		expect(text('fr', 'course/_offline/shell.js')).toContain('globalThis.cdsOfflineHome="fr/"');
		expect(text('fr', 'README.txt')).toMatch(/^Compétences\u00A0: le cours hors ligne/);
		expect(text('fr', 'README.txt')).toContain('https://skills.example.org/fr/download/');
		expect(text('fr', 'README.txt')).not.toContain('offline course');
	});

	it('each hosted download page gets the figures of its own zip and of the other', () => {
		const [en, fr] = result.editions;
		const size = (page: string, zip: string) => parse(readFileSync(join(work, 'site', page), 'utf8')).querySelector(`[data-zip="${zip}"] [data-figure="size"]`)!.text;
		expect(size('download/index.html', 'en')).toBe(`${Math.round(en!.zipBytes / 1000)} kB`);
		expect(size('download/index.html', 'fr')).toBe(`${Math.round(fr!.zipBytes / 1000)} kB`);
		expect(size('fr/download/index.html', 'fr')).toBe(`${Math.round(fr!.zipBytes / 1000)}\u00A0ko`);
		expect(size('fr/download/index.html', 'en')).toBe(`${Math.round(en!.zipBytes / 1000)}\u00A0ko`);
	});
});
