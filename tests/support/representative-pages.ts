import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from './built-pages';
import { locales } from '../../src/i18n/locales';

/**
 * The pages that stand for all the others in a browser-only check such as axe: for each page
 * template, the fewest pages that between them show every component that template ever shows.
 * Checks that need no browser run over every page instead (tests/e2e/built-pages.spec.ts).
 */

/** Path segments that name a kind of page rather than a module, lesson or data file. */
const FIXED = new Set(['about', 'certificate', 'download', 'glossary', 'handouts', 'notes', 'practice', 'present', 'progress', 'quiz', 'search', 'start', 'trainers']);

/**
 * The template a page path comes from: `/staying-safe/spot-a-scam/quiz/` → `/*\/*\/quiz/`.
 * Every language's page comes from the same template as the English one (the route files are
 * shared and only the words differ), so `/fr/staying-safe/spot-a-scam/quiz/` is `/*\/*\/quiz/` too.
 */
export function templateOf(path: string): string {
	const parts = path.split('/').filter(Boolean);
	if ((locales as readonly string[]).includes(parts[0] ?? '')) parts.shift();
	return `/${parts.map((p) => (FIXED.has(p) ? p : '*')).join('/')}${parts.length ? '/' : ''}`;
}

/**
 * What a page shows: its component blocks (class names before __ or --), custom elements, modules,
 * element kinds, and words in another language than the page's (lang= inside the page).
 */
export function featuresOf(html: string): Set<string> {
	const root = parse(html);
	const features = new Set<string>();
	for (const el of root.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		features.add(tag.includes('-') ? `<${tag}>` : tag);
		for (const cls of (el.getAttribute('class') ?? '').split(/\s+/)) if (cls) features.add(`.${cls.split(/__|--/)[0]}`);
		const module = el.getAttribute('data-module');
		if (module) features.add(`[${module}]`);
		if (tag !== 'html' && el.getAttribute('lang')) features.add('[lang]');
	}
	return features;
}

/**
 * The fewest pages (chosen greedily) whose features cover every feature of the given pages; of
 * pages that add as much, the smallest (axe's time grows with the page).
 */
export function cover(pages: { path: string; features: Set<string>; size?: number }[]): string[] {
	const missing = new Set(pages.flatMap((p) => [...p.features]));
	const chosen: string[] = [];
	while (missing.size > 0) {
		let best = pages[0];
		let bestGain = -1;
		for (const page of pages) {
			const gain = [...page.features].filter((f) => missing.has(f)).length;
			if (gain > bestGain || (gain === bestGain && (page.size ?? 0) < (best?.size ?? 0))) [best, bestGain] = [page, gain];
		}
		if (bestGain <= 0) break;
		chosen.push(best.path);
		for (const f of best.features) missing.delete(f);
	}
	// Every template is checked at least once, even one whose pages show nothing special.
	if (chosen.length === 0 && pages.length > 0) chosen.push(pages[0].path);
	return chosen;
}

/** The layout a page is drawn in, read from its <body> class: pages of one layout share their styles. */
export function layoutOf(html: string): string {
	return /<body[^>]*\bclass="([^"]*)"/.exec(html)?.[1]?.trim() ?? '';
}

/**
 * Representative pages of a build folder, in path order: for each template, the fewest pages that
 * show every feature its pages show, except features a page of the same layout already shows for
 * another template; and at least one page of every template (its smallest, when nothing is left
 * to show). Templates with smaller pages are chosen from first, so a page made of other pages (a
 * module's handout is its lessons' handouts one after another) is only chosen for what they lack.
 */
export function representativePages(dir = 'dist'): string[] {
	const byTemplate = new Map<string, { path: string; features: Set<string>; size: number; layout: string }[]>();
	for (const path of builtPages(dir)) {
		const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
		const list = byTemplate.get(templateOf(path)) ?? [];
		list.push({ path, features: featuresOf(html), size: html.length, layout: layoutOf(html) });
		byTemplate.set(templateOf(path), list);
	}
	const smallest = (pages: { size: number }[]) => Math.min(...pages.map((p) => p.size));
	const templates = [...byTemplate.values()].sort((a, b) => smallest(a) - smallest(b));
	/** Features already shown by a chosen page, as "layout|feature". */
	const shown = new Set<string>();
	const chosen: string[] = [];
	for (const pages of templates) {
		const left = pages.map((p) => ({ ...p, features: new Set([...p.features].filter((f) => !shown.has(`${p.layout}|${f}`))) }));
		let picked = cover(left.filter((p) => p.features.size > 0));
		if (picked.length === 0) picked = [pages.reduce((a, b) => (b.size < a.size ? b : a)).path];
		for (const page of pages.filter((p) => picked.includes(p.path))) for (const f of page.features) shown.add(`${page.layout}|${f}`);
		chosen.push(...picked);
	}
	return chosen.sort();
}
