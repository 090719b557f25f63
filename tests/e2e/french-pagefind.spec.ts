import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, extname } from 'node:path';
import { test, expect } from '@playwright/test';
import { build } from 'esbuild';
import { writePagefind } from '../../src/integrations/search/write-pagefind';
import type { SearchSource } from '../../src/search/lunr-index';
import { loadSynonyms } from '../../src/search/synonyms-file';
import { vocabularyOf } from '../../src/search/lunr-index';
import type { ProbeInput, ProbeOutput } from '../support/search/probe-entry';
import { fixtureSources } from '../fixtures/search-sources';
import { frenchFixtureQueries, frenchFixtureSources } from '../fixtures/search-sources.fr';

/*
 * Pagefind keeps an index per language, by each page's <html lang>, and a page searches the index
 * of its own language. A small site of English and French fixture lessons, indexed the way the
 * build does (writePagefind), served from a made-up address by the browser's request routing (no
 * port of its own): French queries on a French page find French lessons only, and the reverse.
 */
const ORIGIN = 'http://fixture.test';
let site: string;

function lessonPage(source: SearchSource, lang: string): string {
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${source.title}</title></head><body><main>
<h1 data-pagefind-body>${source.title}</h1>
<div data-pagefind-body data-pagefind-meta="id[data-search-id], module[data-search-module], minutes[data-search-minutes]" data-pagefind-filter="module[data-search-module]" data-search-id="${source.id}" data-search-module="${source.module}" data-search-minutes="${source.minutes}">
<p>${source.lead}</p><p>${source.body}</p></div></main></body></html>`;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

test.beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'cds-pagefind-languages-'));
	const pages: string[] = [];
	for (const [sources, lang] of [[fixtureSources, 'en'], [frenchFixtureSources, 'fr']] as const) {
		for (const source of sources) {
			const page = `${source.path}index.html`;
			mkdirSync(dirname(join(site, page)), { recursive: true });
			writeFileSync(join(site, page), lessonPage(source, lang));
			pages.push(page);
		}
	}
	await writePagefind(site, pages);
	for (const lang of ['en', 'fr']) writeFileSync(join(site, `${lang}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head><body></body></html>`);
});

test.afterAll(() => rmSync(site, { recursive: true, force: true }));

async function searchFrom(page: import('@playwright/test').Page, lang: 'en' | 'fr', queries: string[], sources: SearchSource[]): Promise<ProbeOutput['results']> {
	await page.context().route(`${ORIGIN}/**`, (route) => {
		const path = join(site, decodeURIComponent(new URL(route.request().url()).pathname));
		if (!existsSync(path)) return route.fulfill({ status: 404 });
		return route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
	});
	await page.goto(`${ORIGIN}/${lang}.html`);
	const probe = await build({ entryPoints: ['tests/support/search/probe-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'warning' });
	await page.addScriptTag({ content: probe.outputFiles[0]!.text });
	const input: ProbeInput = { engine: 'pagefind', root: `${ORIGIN}/`, settings: { synonyms: loadSynonyms(process.cwd(), lang).synonyms, vocabulary: vocabularyOf(sources) }, queries, limit: 5, language: lang };
	const output = await page.evaluate((i) => (window as unknown as { searchProbe: (i: ProbeInput) => Promise<ProbeOutput> }).searchProbe(i), input);
	return output.results;
}

test('on a French page, Pagefind finds the French lesson of each French query, and French lessons only', async ({ page }) => {
	test.setTimeout(60_000);
	const results = await searchFrom(page, 'fr', frenchFixtureQueries.map((q) => q.query), frenchFixtureSources);
	const frenchIds = new Set(frenchFixtureSources.map((s) => s.id));
	const misses = frenchFixtureQueries.filter((q, i) => !results[i]!.ids.slice(0, 5).includes(q.expect)).map((q) => q.query);
	expect(misses).toEqual([]);
	// Pagefind reads French pages with elisions separated ("l’ hameçonnage"); the learner sees them as written.
	expect(results[frenchFixtureQueries.findIndex((q) => q.query === 'hameçonnage')]!.titles[0]).toBe('Repérer les arnaques et l’hameçonnage');
	// Same ids as the English lessons they adapt, so also check the pages: every hit is a French page.
	for (const r of results) for (const id of r.ids) expect(frenchIds.has(id)).toBe(true);
	const english = await page.evaluate(async () => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const found = await pagefind.search('password scam parcel');
		return Promise.all((found?.results ?? []).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
	});
	expect(english.every((url: string) => url.startsWith('/fr/'))).toBe(true);
});

test('on an English page, Pagefind finds English lessons only, even for a French word', async ({ page }) => {
	test.setTimeout(60_000);
	await searchFrom(page, 'en', ['passwords'], fixtureSources);
	const urls = await page.evaluate(async () => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const urlsOf = async (term: string) => Promise.all(((await pagefind.search(term))?.results ?? []).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
		return { password: await urlsOf('password'), french: await urlsOf('hameçonnage colis mot de passe') };
	});
	expect(urls.password.length).toBeGreaterThan(0);
	expect([...urls.password, ...urls.french].every((url: string) => !url.startsWith('/fr/'))).toBe(true);
});
