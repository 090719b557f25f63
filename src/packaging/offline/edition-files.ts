import { asLocale, defaultLocale, locales, type Locale } from '../../i18n/locales';
import { localePath, splitLocalePath } from '../../lib/url';

/**
 * Which built files go into one language's offline zip (its "edition"). The English edition is
 * the site without the other languages. Another language's edition is its own pages (under
 * /<locale>/), plus the English pages that language has no page for: the modules it shows in
 * English only, which its pages link to. Its links to English pages it has its own page for
 * lead to its own page instead (see standInPage).
 */

/** Folders of pictures: a language's own pictures sit in a subfolder named after it (images/fr/). */
const PICTURE_FOLDERS = new Set(['images', 'qr']);

const otherThanDefault = locales.filter((l) => l !== defaultLocale);

/** The language of a page, from its path ("fr/glossary/index.html" is French): the site's own rule (splitLocalePath). */
export function pathLocale(path: string): Locale {
	return asLocale(splitLocalePath(`/${path}`, locales, defaultLocale).locale);
}

/**
 * The language a file other than a page is for, when it is for one: search/fr/... and
 * images/fr/... (a language's folder), lazy/progress-notices.fr.js (a language in the file name),
 * and English's own search files (search/lunr-index.js, search/search-ui.js ...: English keeps
 * the root of search/). Undefined for files every language uses.
 */
export function fileLocale(path: string): Locale | undefined {
	const parts = path.split('/');
	const folder = otherThanDefault.find((l) => parts[1] === l || parts[0] === l);
	if (folder) return folder;
	const named = locales.find((l) => parts.at(-1)!.includes(`.${l}.`));
	if (named) return named;
	if (parts[0] === 'search' && parts.length === 2) return defaultLocale;
	return undefined;
}

const isPage = (path: string) => path.endsWith('.html');
const isPicture = (path: string) => PICTURE_FOLDERS.has(path.split('/')[0]!);

/** The page of `locale` that stands for a page of the default language left out of its edition. */
export function standInPage(path: string, locale: Locale, pages: ReadonlySet<string>): string | undefined {
	if (locale === defaultLocale || pathLocale(path) !== defaultLocale) return undefined;
	const twin = localePath(`/${path}`, locale, defaultLocale).slice(1);
	return pages.has(twin) ? twin : undefined;
}

export interface EditionFiles {
	/** Pages of the edition, sorted. */
	pages: string[];
	/** Files other than pages, sorted; pictures of the default language wait for `usedPictures`. */
	files: string[];
	/**
	 * Pictures of the default language that another language's edition takes only when one of its
	 * pages or stylesheets uses them (the pictures of the English-only modules, not those of the
	 * English lessons it has its own for).
	 */
	picturesIfUsed: string[];
}

/** Splits the built site's files (already without what no copy holds) for one language's zip. */
export function editionFiles(siteFiles: readonly string[], locale: Locale): EditionFiles {
	const pageSet = new Set(siteFiles.filter(isPage));
	const pages = [...pageSet].filter((p) => {
		if (pathLocale(p) === locale) return true;
		// A page of the default language, in another edition, when that language has no page for it.
		return locale !== defaultLocale && pathLocale(p) === defaultLocale && !standInPage(p, locale, pageSet);
	});
	const pageLocales = new Set(pages.map(pathLocale));
	const files: string[] = [];
	const picturesIfUsed: string[] = [];
	for (const path of siteFiles) {
		if (isPage(path)) continue;
		const forLocale = fileLocale(path);
		const isSearchFile = path.startsWith('search/');
		if (forLocale === undefined) {
			if (locale !== defaultLocale && isPicture(path)) picturesIfUsed.push(path);
			else files.push(path);
		} else if (forLocale === locale) files.push(path);
		// Another language's file: only what its pages (in this edition) need, never its search.
		else if (pageLocales.has(forLocale) && !isSearchFile && !isPicture(path)) files.push(path);
	}
	return { pages: pages.sort(), files: files.sort(), picturesIfUsed: picturesIfUsed.sort() };
}
