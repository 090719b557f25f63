import type { SearchSettings } from '../types';
import { SearchBox } from './search-box';
import { SearchService } from './search-service';
import { startAll } from '../../lib/start-all';

/**
 * Entry of the search interface bundle (search/search-ui.js, a classic script built at the end
 * of the build with the synonyms and vocabulary of the lessons). Loaded by the search loader when
 * a learner first uses a search box; enhances every box on the page.
 */
export function startSearch(settings: SearchSettings): void {
	const rootValue = document.querySelector<HTMLElement>('[data-module="search"]')?.dataset.searchRootHref;
	if (!rootValue) return;
	const service = new SearchService(settings, new URL(rootValue, document.baseURI));
	startAll('search', (box) => new SearchBox(box, service).start());
}
