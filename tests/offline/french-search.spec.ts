import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { build } from 'esbuild';
import { buildUiBundle } from '../../src/integrations/search/build-ui-bundle';
import { lunrScripts } from '../../src/integrations/search/write-lunr-script';
import { language as english } from '../../src/search/languages/en';
import { language as french } from '../../src/search/languages/fr';
import { vocabularyOf } from '../../src/search/lunr-index';
import { loadSynonyms } from '../../src/search/synonyms-file';
import { guardPage } from '../support/offline-copy';
import { searchRequests } from '../support/search/requests';
import { fixtureSources } from '../fixtures/search-sources';
import { frenchFixtureSources } from '../fixtures/search-sources.fr';

/*
 * French offline search from file://, on a small site made here from the French fixture lessons
 * (the real French pages come from the French edition's build): the search loader and the French
 * interface bundle and index, exactly as the build writes them. English files sit beside them,
 * to show a French page never loads them.
 */
let site: string;

const write = (path: string, text: string) => {
	mkdirSync(dirname(join(site, path)), { recursive: true });
	writeFileSync(join(site, path), text);
};

/** A French search page as SearchBox.astro renders it (page variant), with the loader as its one script. */
const searchPage = (loader: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Chercher dans le cours</title></head>
<body><header>
<div class="search search--header" data-module="search" data-search-variant="header" data-search-root-href="../../">
	<form class="search__form" role="search" aria-label="Chercher dans l’en-tête" action="./" method="get">
		<label for="hq">Chercher dans l’en-tête</label>
		<input id="hq" name="q" type="search" autocomplete="off">
	</form>
	<p class="search__status" role="status" aria-live="polite" data-search-status></p>
	<div class="search__results" data-search-results hidden></div>
</div>
</header><main>
<div class="search search--page" data-module="search" data-search-variant="page" data-search-root-href="../../" data-search-autoload="">
	<form class="search__form" role="search" aria-label="Chercher dans le cours" action="./" method="get">
		<label for="q">Chercher dans le cours</label>
		<input id="q" name="q" type="search" autocomplete="off">
		<button type="submit">Chercher</button>
	</form>
	<p class="search__status" role="status" aria-live="polite" data-search-status></p>
	<div class="search__results" data-search-results hidden>
		<p class="search__note" data-search-note hidden></p>
		<ol class="search__list" data-search-list aria-label="Résultats de la recherche"></ol>
		<div data-search-help hidden><p>Pour trouver plus facilement :</p></div>
	</div>
</div>
</main><script>${loader}</script></body></html>`;

test.beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'cds-french-search-'));
	await buildUiBundle(process.cwd(), site, { synonyms: loadSynonyms(process.cwd(), 'fr').synonyms, vocabulary: vocabularyOf(frenchFixtureSources) }, 'fr');
	await buildUiBundle(process.cwd(), site, { synonyms: loadSynonyms(process.cwd()).synonyms, vocabulary: vocabularyOf(fixtureSources) }, 'en');
	for (const { path, text } of [...lunrScripts(frenchFixtureSources, Infinity, french), ...lunrScripts(fixtureSources, Infinity, english)]) write(path, text);
	const loader = await build({ stdin: { contents: `import { initSearchLoader } from './src/components/search/search-loader';\ninitSearchLoader();`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'warning' });
	write('fr/search/index.html', searchPage(loader.outputFiles[0]!.text));
	for (const source of frenchFixtureSources) write(`${source.path}index.html`, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${source.title}</title></head><body><h1>${source.title}</h1></body></html>`);
});

test.afterAll(() => rmSync(site, { recursive: true, force: true }));

test('a French learner finds the French lesson from file://, in French, with the French index only', async ({ page }) => {
	const problems: string[] = [];
	await guardPage(page, problems);
	const requested = searchRequests(page);
	await page.goto(pathToFileURL(join(site, 'fr/search/index.html')).href);
	const input = page.getByRole('searchbox', { name: 'Chercher dans le cours' });
	await input.fill('hameçonnage');
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ leçons? trouvées? pour «\u00A0hameçonnage\u00A0»\.$/);
	const first = page.getByRole('main').locator('.search-hit').first();
	await expect(first.getByRole('link')).toHaveText('Repérer les arnaques et l’hameçonnage');
	await expect(first).toContainText('Rester en sécurité en ligne · 15 minutes');

	// Without accents, and a synonym the lesson never uses: still the French lessons.
	await input.fill('arnaque par sms ');
	await expect(first.getByRole('link')).toHaveText('Repérer les arnaques et l’hameçonnage');
	await input.fill('double authentification ');
	await expect(first.getByRole('link')).toHaveText('Ajouter un second verrou : la double authentification');
	await input.fill('wifi public ');
	await expect(first.getByRole('link')).toHaveText('Se connecter à Internet');

	// The French files only: never the English interface or index.
	expect(requested().filter((url) => url.includes('/search/')).map((url) => url.slice(url.indexOf('/search/')))).toEqual(['/search/fr/search-ui.css', '/search/fr/search-ui.js', '/search/fr/lunr-index.js']);
	await first.getByRole('link').click();
	await expect(page).toHaveURL(/\/fr\/getting-started\/ways-to-get-online\/index\.html$/);
	expect(problems).toEqual([]);
});

test('with nothing found, the header box helps in French and leads to the French home', async ({ page }) => {
	const problems: string[] = [];
	await guardPage(page, problems);
	await page.goto(pathToFileURL(join(site, 'fr/search/index.html')).href);
	await page.getByRole('searchbox', { name: 'Chercher dans l’en-tête' }).fill('zzzqqqxxx');
	const header = page.getByRole('banner');
	await expect(header.getByRole('status')).toHaveText('Aucune leçon trouvée pour «\u00A0zzzqqqxxx\u00A0».');
	await expect(header.getByText('Vérifiez l’orthographe.')).toBeVisible();
	await expect(header.getByRole('link', { name: 'Parcourir les modules' })).toHaveAttribute('href', pathToFileURL(join(site, 'fr/index.html')).href);
	expect(problems).toEqual([]);
});
