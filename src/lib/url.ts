/**
 * The one helper every internal address goes through, so the same build works at a
 * domain root, under a sub-path, and (after the offline step) from file://.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `/a/b` -> `/a/b/`; file paths (with an extension) and the root are left alone. */
export function normalisePath(path: string): string {
	if (path === '' || path === '/') return '/';
	if (/\.[a-z0-9]+$/i.test(path) || path.endsWith('/')) return path;
	return `${path}/`;
}

/** Ensures a base such as `course` or `/course` reads `/course/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Turns a site path (`/staying-safe/strong-passwords/`, `/images/a.svg#x`) into the address to
 * write in HTML, under the site's base. External addresses, `#anchors` and `?queries` pass through.
 */
export function withBase(path: string, base: string): string {
	if (SCHEME.test(path) || path.startsWith('//') || path.startsWith('#') || path.startsWith('?')) return path;
	if (!path.startsWith('/')) throw new Error(`Internal addresses must start with "/": got "${path}".`);
	const match = /^([^?#]*)(.*)$/.exec(path)!;
	const pathname = normalisePath(match[1]!);
	return normaliseBase(base) + pathname.slice(1) + match[2];
}

/** The address of a site path under the base Astro was built with. */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/**
 * A page's site path in a language: English at the root, other languages under `/<locale>/`
 * (`/glossary/` -> `/fr/glossary/`). Files (pictures, scripts) are shared: pass them as they are.
 */
export function localePath(path: string, locale: string, defaultLocale = 'en'): string {
	if (locale === defaultLocale || SCHEME.test(path) || !path.startsWith('/')) return path;
	return `/${locale}${path}`;
}

/** The other way: a site path without its language prefix, and that language (`/fr/x/` -> `/x/`, "fr"). */
export function splitLocalePath(path: string, locales: readonly string[], defaultLocale = 'en'): { locale: string; path: string } {
	const match = /^\/([a-z]{2})(\/.*|)$/.exec(path);
	if (match && match[1] !== defaultLocale && locales.includes(match[1]!)) return { locale: match[1]!, path: match[2] || '/' };
	return { locale: defaultLocale, path };
}
