import { segmentsFromMarkedHtml } from './excerpt';
import type { QueryPlan } from './query-plan';
import type { SearchEngine, SearchHit } from './types';
import { STOP_WORDS } from './words';

/** The part of Pagefind's browser API (pagefind.js) that search uses. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/**
 * The words Pagefind is asked for. Pagefind ranks pages by how many of them they hold, so the
 * synonyms go in with the typed words; the typed words come last, because Pagefind also reads the
 * last word as the start of a longer one ("passw" finds "password").
 */
export function pagefindQuery(plan: QueryPlan): string {
	const typed: string[] = [];
	const synonyms: string[] = [];
	for (const concept of plan.concepts) {
		for (const alternative of concept.alternatives) {
			for (const word of alternative.words) if (!STOP_WORDS.has(word)) (alternative.synonym ? synonyms : typed).push(word);
		}
	}
	const typedSet = new Set(typed);
	return [...new Set(synonyms.filter((w) => !typedSet.has(w))), ...typedSet].join(' ');
}

/** Search with Pagefind's index (hosted site): loaded by the caller with a dynamic import. */
export async function createPagefindEngine(pagefind: PagefindApi): Promise<SearchEngine> {
	// Result addresses as site paths ("/staying-safe/..."): the interface joins them to the site root.
	await pagefind.options({ baseUrl: '/', excerptLength: 24 });
	await pagefind.init();
	return {
		name: 'pagefind',
		async search(plan, options) {
			const term = pagefindQuery(plan);
			if (!term) return { hits: [], total: 0 };
			const response = await pagefind.search(term, options.module ? { filters: { module: options.module } } : {});
			const results = response?.results ?? [];
			const hits = await Promise.all(
				results.slice(0, options.limit).map(async (result): Promise<SearchHit> => {
					const data = await result.data();
					return {
						id: data.meta.id ?? data.url,
						title: data.meta.title ?? '',
						module: data.meta.module ?? '',
						minutes: Number(data.meta.minutes) || 0,
						path: data.url.replace(/^\/+/, ''),
						excerpt: segmentsFromMarkedHtml(data.excerpt),
					};
				}),
			);
			return { hits, total: results.length };
		},
	};
}
