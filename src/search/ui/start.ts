import type { SearchLanguage } from '../language';
import type { SearchSettings } from '../types';
import { useWords, type InterfaceWords } from './render';
import { SearchBox } from './search-box';
import { SearchService } from './search-service';
import { startAll } from '../../lib/start-all';

/**
 * Entry of the search interface bundle (search/search-ui.js, search/fr/search-ui.js..., a classic
 * script built at the end of the build for each language, with its synonyms, the vocabulary of its
 * lessons and its stemmer). Loaded by the search loader when
 * a learner first uses a search box; enhances every box on the page.
 */
export function startSearch(settings: SearchSettings, language: SearchLanguage, words?: InterfaceWords): void {
	if (words) useWords(words);
	const rootValue = document.querySelector<HTMLElement>('[data-module="search"]')?.dataset.searchRootHref;
	if (!rootValue) return;
	const service = new SearchService(settings, new URL(rootValue, document.baseURI), language);
	startAll('search', (box) => new SearchBox(box, service).start());
}
