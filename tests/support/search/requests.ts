import type { Page } from '@playwright/test';

/** Records requests for search files (interface, offline index, Pagefind) made by the page. */
export function searchRequests(page: Page): () => string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (/\/(search\/(?:[a-z]{2}\/)?[\w-]+\.(js|css)|pagefind\/)/.test(request.url())) urls.push(request.url());
	});
	return () => [...urls];
}
