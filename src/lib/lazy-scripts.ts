/**
 * Scripts a page loads only when they are needed, built as classic scripts after the build
 * (src/integrations/lazy-scripts): a dynamic import would bring Vite's preload helper to every
 * page, and a plain <script src> also runs from file://. Paths are from the site's root.
 */
export const LAZY_SCRIPTS = {
	/** The progress store's rarer work: another tab's writes, the shared-computer move, backups. */
	progressExtras: { file: 'lazy/progress-extras.js', entry: 'src/lib/progress/store-extras.ts', global: 'cdsProgressExtras' },
	/** <course-quiz>: checking answers, feedback and the score, from the learner's first touch. */
	quiz: { file: 'lazy/quiz.js', entry: 'src/islands/quiz/define.ts', global: 'cdsQuiz' },
} as const;

/**
 * Lazy scripts a page adds itself, from an address written at build time (data-src), never
 * through loadLazyScript: kept apart, so its bundle does not carry them. Built the same way.
 */
export const SELF_LOADED_SCRIPTS = {
	/** The header's "Menu" and "Search": Escape and a click outside close them, from the first open (Header.astro). */
	headerPanels: { file: 'lazy/header-panels.js', entry: 'src/components/header-panels.ts', global: 'cdsHeaderPanels' },
} as const;

/**
 * The progress notices of lesson, quiz and practice pages (ProgressNotices.astro, lazy): their
 * words and the code that writes them, one small file a language (`{lang}`: the page's), built
 * like the others: most learners never see a notice, so those pages carry neither.
 */
export const NOTICE_WORDS = { file: 'lazy/progress-notices.{lang}.js', entry: 'src/islands/progress/write-notices.ts', global: 'cdsProgressNotices' } as const;

export type LazyScript = keyof typeof LAZY_SCRIPTS;

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a lazy script once and gives what it exports (undefined if it could not load). The site's
 * root comes from the header search box, which every learner page has, so this works at the
 * domain root, under a sub-path and in the offline copy.
 */
export function loadLazyScript<T>(name: LazyScript): Promise<T | undefined> {
	const { file, global } = LAZY_SCRIPTS[name];
	return loadClassicScript<T>(file, global);
}

/** Loads a classic script once (by its file, from the site's root) and gives the global it sets. */
export function loadClassicScript<T>(file: string, global: string): Promise<T | undefined> {
	let promise = loading.get(file);
	if (!promise) {
		promise = new Promise((resolve) => {
			const holder = window as unknown as Record<string, unknown>;
			const root = document.querySelector<HTMLElement>('[data-search-root-href]')?.dataset.searchRootHref;
			if (holder[global] || !root) return resolve(holder[global]);
			const script = document.createElement('script');
			script.src = new URL(file, new URL(root, document.baseURI)).href;
			script.addEventListener('load', () => resolve(holder[global]));
			script.addEventListener('error', () => resolve(undefined));
			document.head.append(script);
		});
		loading.set(file, promise);
	}
	return promise as Promise<T | undefined>;
}
