import { locales, type Locale } from '../i18n/locales';
import { getCourse, getLessons, moduleLocale } from './course-data';
import { localePath, normaliseBase, splitLocalePath } from './url';

/** Where a page's site path leads in another language: its counterpart, or that language's home. */
export interface Counterpart {
	locale: Locale;
	/** A site path (pass it through href()). */
	path: string;
	/** false when the page has no counterpart: the path is then that language's home. */
	exists: boolean;
}

/** Folders of the workshop and certificate pages, whose next segment is a module id. */
const MODULE_FOLDERS = new Set(['present', 'handouts', 'trainers', 'certificate']);

/**
 * The same page in every other language. English has every page; another language has its static
 * pages, and the pages of the modules and lessons adapted into it (src/lib/page-paths.ts).
 * `pathname` is Astro.url.pathname (with the base); `base` is import.meta.env.BASE_URL.
 */
export async function counterparts(pathname: string, base: string): Promise<Counterpart[]> {
	const basePath = normaliseBase(base);
	const sitePath = `/${decodeURI(pathname).slice(pathname.startsWith(basePath) ? basePath.length : 1)}`.replace(/index\.html$|404\.html$/, '');
	const { locale: current, path } = splitLocalePath(sitePath, locales);
	// A "not found" page has no counterpart: its switch leads to the other language's home.
	const notFound = /^\/404(\/|\.html)?$/.test(path);
	const results: Counterpart[] = [];
	for (const locale of locales) {
		if (locale === current) continue;
		const exists = !notFound && (await existsIn(path, locale));
		results.push({ locale, path: exists ? localePath(path, locale) : localePath('/', locale), exists });
	}
	return results;
}

/** Whether the page at an (unprefixed) site path exists in a language. */
async function existsIn(path: string, locale: Locale): Promise<boolean> {
	if (locale === 'en') return true;
	const parts = path.split('/').filter(Boolean);
	const lessons = (await getLessons(locale)).map((l) => l.nav);
	const inModule = (moduleId: string, slug?: string) => moduleLocale(moduleId, locale) === locale && (slug === undefined || lessons.some((l) => l.module === moduleId && l.slug === slug));
	const first = parts[0];
	if (first === undefined) return true;
	if (MODULE_FOLDERS.has(first)) return parts[1] === undefined || inModule(parts[1], parts[2]);
	const isModule = getCourse().modules.some((m) => m.id === first);
	if (!isModule) return true; // a page of its own: /glossary/, /start/<audience>/ ...
	return inModule(first, parts[1]);
}
