import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtPages } from '../support/built-pages';
import { trainerNoteSnippets } from '../support/trainer-notes';
import { modulesWithLessons, runningOrder, squash } from '../support/workshop';

// Checks over every built page that need no browser: fast, so they grow gently with the course.
// Browser-only checks (axe) run on representative pages (tests/a11y/representative-pages.spec.ts).
for (const dir of ['dist', 'dist-subpath']) {
	test(`every page of ${dir} has a language, a title, one h1, headings in order and alt text on every image`, () => {
		const pages = builtPages(dir);
		expect(pages.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const path of pages) {
			const root = parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));
			if (!root.querySelector('html')?.getAttribute('lang')) problems.push(`${path}: <html> has no lang`);
			if (!root.querySelector('title')?.text.trim()) problems.push(`${path}: no <title>`);
			const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6').filter((h) => !h.closest('template'));
			const h1s = headings.filter((h) => h.tagName === 'H1').length;
			if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
			let previous = 0;
			for (const h of headings) {
				const level = Number(h.tagName[1]);
				if (previous && level > previous + 1) problems.push(`${path}: "${h.text.trim().slice(0, 40)}" is h${level} after h${previous}`);
				previous = level;
			}
			for (const img of root.querySelectorAll('img')) {
				if (img.getAttribute('alt') === undefined) problems.push(`${path}: an image without alt (${img.getAttribute('src')})`);
			}
			const ids = root.querySelectorAll('[id]').map((el) => el.id);
			const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
			if (repeated.length) problems.push(`${path}: ids used twice: ${[...new Set(repeated)].join(', ')}`);
		}
		expect(problems).toEqual([]);
	});
}

test('trainer notes never reach a learner page, and every page carries a strict content security policy', () => {
	const snippets = trainerNoteSnippets();
	expect(snippets.length).toBeGreaterThan(0);
	const problems: string[] = [];
	for (const path of builtPages('dist')) {
		const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		if (!policy.includes("default-src 'self'") || !/script-src 'self'/.test(policy) || policy.includes('unsafe-inline')) problems.push(`${path}: weak or missing policy`);
		if (/\son[a-z]+="/.test(html)) problems.push(`${path}: an inline event handler`);
		if (/^\/(trainers|present|handouts)\//.test(path)) continue;
		const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		for (const snippet of snippets) if (text.includes(snippet)) problems.push(`${path}: trainer note text "${snippet}"`);
	}
	expect(problems).toEqual([]);
});

test('trainer notes are in the notes views and the guides, never on projected slides or handouts', () => {
	const snippets = trainerNoteSnippets().map(squash);
	expect(snippets.length).toBeGreaterThan(0);
	const textOf = (path: string) => squash(readFileSync(join('dist', path, 'index.html'), 'utf8'));
	const problems: string[] = [];
	const trainerText: string[] = [];
	for (const module of modulesWithLessons()) {
		const run = runningOrder(module);
		for (const path of [`present/${module}/`, `handouts/${module}/`, ...run.map((l) => l.slides), ...run.map((l) => l.slides.replace(/^present\//, 'handouts/'))]) {
			const text = textOf(path);
			for (const snippet of snippets) if (text.includes(snippet)) problems.push(`${path}: trainer note text "${snippet}"`);
		}
		// A module is presented as its lessons' decks: their notes views together, and its guide.
		trainerText.push(run.map((l) => textOf(l.notes)).join(' '), textOf(`trainers/${module}/`));
	}
	expect(problems).toEqual([]);
	// Each note is in its module's notes views and in its module's guide.
	for (const snippet of snippets) expect(trainerText.filter((text) => text.includes(snippet)).length, snippet).toBeGreaterThanOrEqual(2);
});

// Each module's handout prints as a cover, then each lesson's handout from a new page (the print
// style breaks before every .handout after the first; workshop-handouts.spec.ts prints two modules).
test('every module handout is a cover and then one handout a lesson, in running order', () => {
	for (const module of modulesWithLessons()) {
		const root = parse(readFileSync(join('dist', 'handouts', module, 'index.html'), 'utf8'));
		const parts = root.querySelectorAll('.handout');
		expect(parts[0]?.classList.contains('handout--cover'), module).toBe(true);
		const titles = parts.slice(1).map((part) => squash(part.querySelector('h2, h1')?.text ?? ''));
		expect(titles, module).toEqual(runningOrder(module).map((l) => squash(l.title)));
	}
});

// The French edition (/fr/): every page says its language, and its language switch and its
// hreflang alternates lead to pages that exist (the same page, or the other language's home).
for (const [dir, base] of [['dist', '/'], ['dist-subpath', '/course/']] as const) {
	test(`every page of ${dir} has the right lang and a language switch to a page that exists`, () => {
		const pages = builtPages(dir);
		const french = pages.filter((p) => p.startsWith('/fr/'));
		// Home, paths, progress, search, glossary, trainers, about, download, certificate at least.
		expect(french.length).toBeGreaterThan(10);
		const exists = (href: string) => {
			expect(href.startsWith(base), `${href} is under ${base}`).toBe(true);
			const rel = decodeURI(href.slice(base.length).split('#')[0]!);
			return existsSync(join(dir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : ''));
		};
		const problems: string[] = [];
		for (const path of [...pages, '/404.html', '/fr/404.html']) {
			const file = join(dir, path, path.endsWith('.html') ? '' : 'index.html');
			const root = parse(readFileSync(file, 'utf8'));
			const lang = root.querySelector('html')?.getAttribute('lang');
			const expected = path.startsWith('/fr/') ? 'fr' : 'en';
			if (lang !== expected) problems.push(`${path}: lang="${lang}", not "${expected}"`);
			const switches = root.querySelectorAll('a[data-lang-switch]');
			if (switches.length !== 1) problems.push(`${path}: ${switches.length} language switches`);
			for (const link of switches) {
				const target = link.getAttribute('href') ?? '';
				if (link.getAttribute('hreflang') === expected) problems.push(`${path}: the switch leads to its own language`);
				if (!exists(target)) problems.push(`${path}: the switch leads to ${target}, which does not exist`);
			}
			for (const alternate of root.querySelectorAll('link[rel="alternate"][hreflang]')) {
				if (!exists(alternate.getAttribute('href') ?? '')) problems.push(`${path}: hreflang ${alternate.getAttribute('href')} does not exist`);
			}
		}
		expect(problems).toEqual([]);
	});
}

// Styles are files, never <style> in a page (astro.config.mjs, build.inlineStylesheets): a style
// many pages use is downloaded once and cached, and the offline zip, which compresses each file
// alone, holds it once rather than once a page (the handout style alone was 129 KB of the zip).
test('no page carries an inline style: handouts, decks, notes and quizzes link their shared stylesheets', () => {
	const problems: string[] = [];
	const linkedCss = (path: string, root: ReturnType<typeof parse>) =>
		root.querySelectorAll('link[rel="stylesheet"]').map((link) => {
			const href = link.getAttribute('href') ?? '';
			const file = join('dist', href);
			if (!href.startsWith('/_astro/') || !existsSync(file)) problems.push(`${path}: stylesheet ${href} is not a built file`);
			return existsSync(file) ? readFileSync(file, 'utf8') : '';
		});
	const pages = builtPages('dist');
	for (const path of pages) {
		const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
		const root = parse(html);
		if (root.querySelectorAll('style').some((style) => !style.closest('svg'))) problems.push(`${path}: an inline <style>`);
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		if (/style-src[^;]*sha256-/.test(policy)) problems.push(`${path}: its policy admits an inline style`);
		// Each kind of page gets its own style from a shared file.
		const needs: [RegExp, string][] = [
			[/^(\/fr)?\/handouts\//, '.handout-page'],
			[/^(\/fr)?\/present\/[^/]+\/[^/]+\/notes\/$/, '.trainer-note'],
			[/^(\/fr)?\/present\/[^/]+\/[^/]+\/(notes\/)?$/, '.present-lang'],
			[/\/quiz\/$/, '.quiz-q'],
		];
		const css = needs.some(([pattern]) => pattern.test(path)) ? linkedCss(path, root).join('\n') : '';
		for (const [pattern, rule] of needs) if (pattern.test(path) && !css.includes(rule)) problems.push(`${path}: no linked stylesheet has ${rule}`);
	}
	expect(pages.filter((p) => /^\/handouts\/[^/]+\/[^/]+\/$/.test(p)).length).toBeGreaterThan(10);
	expect(pages.filter((p) => /\/quiz\/$/.test(p)).length).toBeGreaterThan(10);
	expect(problems).toEqual([]);
});
