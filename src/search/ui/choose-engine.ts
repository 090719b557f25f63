import { isOfflineEdition } from '../../lib/offline-edition';
import { createLunrEngine } from '../lunr-engine';
import { joinParts, type LunrManifest, type LunrPart } from '../lunr-parts';
import { createPagefindEngine, type PagefindApi } from '../pagefind-engine';
import type { SearchLanguage } from '../language';
import { searchFiles } from '../paths';
import type { LunrPayload, SearchEngine } from '../types';
import { loadClassicScript } from './load-script';

declare global {
	interface Window {
		/** Set by the offline index script (search/lunr-index.js): the index, or the list of its parts. */
		CDS_SEARCH_INDEX?: LunrPayload | LunrManifest;
		/** Set by the offline index's part scripts (search/lunr-index-N.js), part N-1 each. */
		CDS_SEARCH_PARTS?: LunrPart[];
	}
}

/**
 * Pagefind on the hosted site; lunr in the offline copy (it has no Pagefind files, even when
 * someone serves it over http), from file:// (no fetch, import() or WASM there) or when Pagefind fails.
 */
export async function chooseEngine(root: URL, language: SearchLanguage): Promise<SearchEngine> {
	const files = searchFiles(language.code);
	if (/^https?:$/.test(location.protocol) && !isOfflineEdition()) {
		try {
			const pagefind = (await import(new URL(files.pagefind, root).href)) as PagefindApi;
			return await createPagefindEngine(pagefind, language);
		} catch (error) {
			console.warn('Pagefind did not start; searching with the offline index instead.', error);
		}
	}
	return loadLunrEngine(root, language);
}

/** The offline index of the language (search/lunr-index.js, search/fr/lunr-index.js...), with its stemmer. */
export async function loadLunrEngine(root: URL, language: SearchLanguage): Promise<SearchEngine> {
	if (!window.CDS_SEARCH_INDEX) await loadClassicScript(new URL(searchFiles(language.code).lunrIndex, root).href);
	const loaded = window.CDS_SEARCH_INDEX;
	if (!loaded) throw new Error('The offline search index did not load.');
	if (!('parts' in loaded)) return createLunrEngine(loaded, language);
	// An index in parts: every search ranks over the whole course, so all parts load, side by side.
	await Promise.all(loaded.parts.map((path, n) => (window.CDS_SEARCH_PARTS?.[n] ? undefined : loadClassicScript(new URL(path, root).href))));
	const parts = loaded.parts.map((_, n) => window.CDS_SEARCH_PARTS?.[n]);
	if (parts.some((part) => !part)) throw new Error('A part of the offline search index did not load.');
	return createLunrEngine(joinParts(loaded, parts as LunrPart[]), language);
}
