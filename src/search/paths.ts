/**
 * Where the search files sit, relative to the site root. The build writes them there and the
 * browser loads them from the root it is given (data-search-root-href, built with href()), so the
 * same files work at a domain root, under a sub-path and from file://.
 */

/**
 * A language's search interface (a classic script, loaded when a learner first uses a search box)
 * and the results' styles (written beside it by the same bundle, loaded with it): English at the
 * root of search/, another language under search/<code>/. Apart from the other files, because
 * every page's header loads these and nothing else.
 */
export function searchUi(code: string): { ui: string; uiStyles: string } {
	const folder = code === 'en' ? 'search/' : `search/${code}/`;
	return { ui: `${folder}search-ui.js`, uiStyles: `${folder}search-ui.css` };
}

const englishFiles = () =>
	({
		...searchUi('en'),
		/** The offline index (lunr): a classic script that sets window.CDS_SEARCH_INDEX (the index, or the list of its parts). */
		lunrIndex: 'search/lunr-index.js',
		/** Pagefind's folder and its browser API (hosted site only: it needs fetch and WebAssembly). */
		pagefindDir: 'pagefind',
		pagefind: 'pagefind/pagefind.js',
	}) as const;

// Pure: a page that loads only the interface's paths (the header) leaves this out of its script.
export const SEARCH_FILES = /* @__PURE__ */ englishFiles();

/**
 * The search files of one language. English keeps the paths above; another language has its own
 * interface (its synonyms, vocabulary and stemmer) and offline index under search/<code>/
 * ("search/fr/lunr-index.js"). Pagefind has one folder: it keeps an index per language inside it.
 */
export function searchFiles(code: string): { ui: string; uiStyles: string; lunrIndex: string; pagefindDir: string; pagefind: string } {
	if (code === 'en') return SEARCH_FILES;
	return { ...SEARCH_FILES, ...searchUi(code), lunrIndex: `search/${code}/lunr-index.js` };
}

/** A language's home, as a site path: "" for English (the root), "fr/" for French (the /fr/ edition). */
export const languageHome = (code: string): string => (code === 'en' ? '' : `${code}/`);

/** Where part n (from 0) of an offline index written in parts sits (see lunr-parts.ts). */
export const lunrPartPath = (n: number, code = 'en'): string => `search/${code === 'en' ? '' : `${code}/`}lunr-index-${n + 1}.js`;

/**
 * The address of a site path (no leading slash) under the site root. From file:// a folder
 * address opens a file listing, so folders get their index.html.
 */
export function addressOf(root: URL, path: string): URL {
	const url = new URL(path.replace(/^\/+/, ''), root);
	if (url.protocol === 'file:' && url.pathname.endsWith('/')) url.pathname += 'index.html';
	return url;
}

/** The search page's address for a query, from the form's action (built with href() in the HTML). */
export function searchPageAddress(form: HTMLFormElement, query: string): URL {
	const target = new URL(form.getAttribute('action') ?? '', document.baseURI);
	if (target.protocol === 'file:' && target.pathname.endsWith('/')) target.pathname += 'index.html';
	target.search = new URLSearchParams({ q: query }).toString();
	return target;
}
