/**
 * The shell page keeps the page it shows in its own address, after "#": index.html#/staying-safe/
 * opens that module. A bookmark, a reload or the Back button from another website then lands on
 * the same page. Pure functions, shared by the shell and unit-tested.
 */

const SAFE_PATH = /^[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/;

/** "#/staying-safe/" for the page at `${siteRoot}staying-safe/index.html`; undefined outside the site. */
export function pageToHash(pageHref: string, siteRoot: string): string | undefined {
	const clean = pageHref.split('#')[0]!;
	if (!clean.startsWith(siteRoot)) return undefined;
	const [path = '', query = ''] = clean.slice(siteRoot.length).split(/(?=\?)/);
	const page = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path;
	return `#/${page}${query}`;
}

/** The page address for a shell hash, or undefined when the hash is not a page of the site. */
export function hashToPage(hash: string, siteRoot: string): string | undefined {
	if (!hash.startsWith('#/')) return undefined;
	const [path = '', query = ''] = hash.slice(2).split(/(?=\?)/);
	if (!SAFE_PATH.test(path) || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '.')) return undefined;
	const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	try {
		const url = new URL(file + query, siteRoot);
		return url.href.startsWith(siteRoot) ? url.href : undefined;
	} catch {
		return undefined;
	}
}
