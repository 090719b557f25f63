import { isOfflineEdition } from '../../lib/offline-edition';
import { createLunrEngine } from '../lunr-engine';
import { createPagefindEngine, type PagefindApi } from '../pagefind-engine';
import { SEARCH_FILES } from '../paths';
import type { LunrPayload, SearchEngine } from '../types';
import { loadClassicScript } from './load-script';

declare global {
	interface Window {
		/** Set by the offline index script (search/lunr-index.js). */
		CDS_SEARCH_INDEX?: LunrPayload;
	}
}

/**
 * Pagefind on the hosted site; lunr in the offline copy (it has no Pagefind files, even when
 * someone serves it over http), from file:// (no fetch, import() or WASM there) or when Pagefind fails.
 */
export async function chooseEngine(root: URL): Promise<SearchEngine> {
	if (/^https?:$/.test(location.protocol) && !isOfflineEdition()) {
		try {
			const pagefind = (await import(new URL(SEARCH_FILES.pagefind, root).href)) as PagefindApi;
			return await createPagefindEngine(pagefind);
		} catch (error) {
			console.warn('Pagefind did not start; searching with the offline index instead.', error);
		}
	}
	return loadLunrEngine(root);
}

export async function loadLunrEngine(root: URL): Promise<SearchEngine> {
	if (!window.CDS_SEARCH_INDEX) await loadClassicScript(new URL(SEARCH_FILES.lunrIndex, root).href);
	const payload = window.CDS_SEARCH_INDEX;
	if (!payload) throw new Error('The offline search index did not load.');
	return createLunrEngine(payload);
}
