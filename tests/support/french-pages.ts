import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages';

/** First path segments of French pages that are not a module's (a lesson is /fr/<module>/<slug>/). */
const PAGE_KINDS = new Set(['start', 'certificate', 'present', 'handouts', 'trainers', 'about', 'download', 'glossary', 'progress', 'search']);

/** The French lesson pages of a build, /fr/<module>/<slug>/, in order of their paths. */
export function frenchLessons(dir = 'dist'): string[] {
	return builtPages(dir).filter((p) => {
		const parts = p.split('/').filter(Boolean);
		return parts.length === 3 && parts[0] === 'fr' && !PAGE_KINDS.has(parts[1]!);
	});
}

/** A French lesson page and its English counterpart (the same path without /fr). */
export function aFrenchLesson(dir = 'dist'): { fr: string; en: string; id?: string } {
	const fr = frenchLessons(dir)[0];
	if (!fr) throw new Error(`No French lesson in ${dir}: build with French lessons (content/fr/lessons/, or scripts/french-fixture-content.mjs).`);
	return { fr, en: fr.slice('/fr'.length) };
}

/** An English module page that has no French counterpart (its switch leads to /fr/). */
export function anEnglishOnlyModule(dir = 'dist'): string {
	const module = builtPages(dir).find((p) => /^\/[a-z0-9-]+\/$/.test(p) && !PAGE_KINDS.has(p.slice(1, -1)) && p !== '/fr/' && !existsSync(join(dir, 'fr', p, 'index.html')));
	if (!module) throw new Error(`Every module of ${dir} has French pages: no English-only module to test with.`);
	return module;
}
