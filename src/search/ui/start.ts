import type { SearchSettings } from '../types';
import { SearchBox } from './search-box';
import { SearchService } from './search-service';

/**
 * Entry of the search interface bundle (search/search-ui.js, a classic script built at the end
 * of the build with the synonyms and vocabulary of the lessons). Loaded by the search loader when
 * a learner first uses a search box; enhances every box on the page.
 */
export function startSearch(settings: SearchSettings): void {
	const boxes = [...document.querySelectorAll<HTMLElement>('[data-module="search"]')].filter((box) => !box.dataset.searchReady);
	const rootValue = boxes[0]?.dataset.searchRootHref;
	if (!rootValue) return;
	const service = new SearchService(settings, new URL(rootValue, document.baseURI));
	for (const box of boxes) {
		try {
			new SearchBox(box, service).start();
		} catch (error) {
			console.warn('search box not started', error);
		}
	}
}
