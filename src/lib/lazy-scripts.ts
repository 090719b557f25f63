/**
 * Scripts a page loads only when they are needed, built as classic scripts after the build
 * (src/integrations/lazy-scripts): a dynamic import would bring Vite's preload helper to every
 * page, and a plain <script src> also runs from file://. Paths are from the site's root.
 *
 * The lazy scripts loadLazyScript loads, by name: the file is `lazy/<name>.js` and it puts its
 * exports on `cdsLazy[<name>]` (LAZY_GLOBAL), so pages carry no table of files. The sources
 * are named at build time only (src/integrations/lazy-scripts/entries.ts):
 * - `progress-extras`: the progress store's rarer work (another tab's writes, the shared-computer move, backups);
 * - `progress-store`: the progress store on lesson, quiz and practice pages, from the learner's first act (lesson-progress.ts);
 * - `quiz`: <course-quiz>'s checking, feedback and score, from the learner's first touch.
 */
export type LazyScript = 'progress-extras' | 'progress-store' | 'quiz';
/** The global object lazy scripts put their exports on, under their name. */
export const LAZY_GLOBAL = 'cdsLazy';

/**
 * Lazy scripts a page adds itself, from an address written at build time (data-src), never
 * through loadLazyScript: kept apart, so its bundle does not carry them. Built the same way.
 */
export const SELF_LOADED_SCRIPTS = {
	/** The header's "Menu" and "Search": Escape and a click outside close them, from the first open (Header.astro). */
	headerPanels: { file: 'lazy/header-panels.js', global: 'cdsHeaderPanels' },
} as const;

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a lazy script once and gives what it exports (undefined if it could not load). The site's
 * root comes from the header search box, which every learner page has, so this works at the
 * domain root, under a sub-path and in the offline copy.
 */
export function loadLazyScript<T>(name: LazyScript): Promise<T | undefined> {
	return loadClassicScript<T>(`lazy/${name}.js`, LAZY_GLOBAL, name);
}

/** Loads a classic script once (by its file, from the site's root) and gives the global it sets (or that global's `key`); undefined if it could not load. */
export function loadClassicScript<T>(file: string, global: string, key?: string): Promise<T | undefined> {
	let promise = loading.get(file);
	if (!promise) {
		promise = new Promise((resolve) => {
			const exported = () => {
				const value = (window as unknown as Record<string, Record<string, unknown> | undefined>)[global];
				return key === undefined ? value : value?.[key];
			};
			const root = document.querySelector<HTMLElement>('[data-search-root-href]')?.dataset.searchRootHref;
			if (exported() || !root) return resolve(exported());
			const script = document.createElement('script');
			script.src = new URL(file, new URL(root, document.baseURI)).href;
			script.addEventListener('load', () => resolve(exported()));
			// A load cut off (a flaky link) is tried again at the next call.
			script.addEventListener('error', () => {
				loading.delete(file);
				resolve(undefined);
			});
			document.head.append(script);
		});
		loading.set(file, promise);
	}
	return promise as Promise<T | undefined>;
}
