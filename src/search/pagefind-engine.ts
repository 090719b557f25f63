import { markWordsAt, segmentsFromMarkedHtml, type Segment } from './excerpt';
import { cutExcerpt } from './excerpt-cut';
import type { QueryPlan } from './query-plan';
import type { SearchEngine, SearchHit } from './types';
import type { SearchLanguage } from './language';
import { language as english } from './languages/en';
import { rejoinSegments } from './elisions';
import { countStrong } from './strength';

/** The part of Pagefind's browser API (pagefind.js) that search uses. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	/** The page's text, and the word positions in it that matched. */
	content?: string;
	locations?: number[];
}
interface Scored {
	score: number;
	/** The search whose excerpt the page shows: the one that matched it best. */
	result: PagefindResult;
}

/** A synonym counts a bit less than the word the learner typed. */
const SYNONYM_WEIGHT = 0.8;

const termOf = (words: string[], stopWords: ReadonlySet<string>) => words.filter((w) => !stopWords.has(w)).join(' ');

function keepBest(into: Map<string, Scored>, id: string, candidate: Scored): void {
	if (candidate.score > (into.get(id)?.score ?? -Infinity)) into.set(id, candidate);
}

/**
 * Pagefind only returns pages that hold every word it is given, so one long query (or a query
 * with synonyms added) finds nothing as soon as one word is missing. Each idea of the query is
 * searched on its own, its synonyms too, and the scores added up: a page that matches more ideas
 * ranks higher, as with lunr. Pages holding all the typed words get the whole query's score on top.
 */
async function rankPages(pagefind: PagefindApi, plan: QueryPlan, filters: { filters?: Record<string, string> }, stopWords: ReadonlySet<string>): Promise<Map<string, Scored>> {
	const run = async (term: string) => (term ? ((await pagefind.search(term, filters))?.results ?? []) : []);
	const perConcept = await Promise.all(
		plan.concepts.map(async (concept) => {
			const best = new Map<string, Scored>();
			const found = await Promise.all(concept.alternatives.map(async (a) => ({ weight: a.synonym ? SYNONYM_WEIGHT : 1, results: await run(termOf(a.words, stopWords)) })));
			for (const { weight, results } of found) for (const result of results) keepBest(best, result.id, { score: result.score * weight, result });
			return best;
		}),
	);
	// Total score of each page; it shows the excerpt of the search that matched it best.
	const pages = new Map<string, Scored & { best: number }>();
	const add = (id: string, { score, result }: Scored, showThis: boolean) => {
		const page = pages.get(id) ?? { score: 0, result, best: -Infinity };
		pages.set(id, { score: page.score + score, ...(showThis || score > page.best ? { result, best: showThis ? Infinity : score } : { result: page.result, best: page.best }) });
	};
	for (const best of perConcept) for (const [id, scored] of best) add(id, scored, false);
	if (plan.concepts.length > 1) {
		// The typed words together: its excerpt marks them all.
		const whole = termOf(plan.concepts.flatMap((c) => c.alternatives[0]!.words), stopWords);
		for (const result of await run(whole)) add(result.id, { score: result.score, result }, true);
	}
	return pages;
}

/**
 * The excerpt: whole sentences of the page's text around the words found. Pagefind's own excerpt
 * is a fixed count of words, cut mid-sentence; it is only the fallback.
 */
function excerptOf(data: PagefindData): Segment[] {
	if (data.content && data.locations?.length) return cutExcerpt(markWordsAt(data.content, data.locations));
	return cutExcerpt(segmentsFromMarkedHtml(data.excerpt), { cutBefore: true, cutAfter: true });
}

/** What the learner sees of a page stored with its words separated (French elisions): the text as written. */
function shown(language: SearchLanguage, hit: SearchHit): SearchHit {
	if (!language.rejoinWords) return hit;
	return { ...hit, title: language.rejoinWords(hit.title), module: language.rejoinWords(hit.module), excerpt: rejoinSegments(hit.excerpt) };
}

/**
 * Search with Pagefind's index (hosted site): loaded by the caller with a dynamic import.
 * Pagefind keeps an index per language and opens the one of the page's `<html lang>`: nothing
 * here names a language, so a French page searches French lessons only. `language`: the page's
 * (its stop words, and how its pages were given to Pagefind: see write-pagefind.ts).
 */
export async function createPagefindEngine(pagefind: PagefindApi, language: SearchLanguage = english): Promise<SearchEngine> {
	const stopWords = language.stopWords;
	// Result addresses as site paths ("/staying-safe/..."): the interface joins them to the site root.
	await pagefind.options({ baseUrl: '/', excerptLength: 24 });
	await pagefind.init();
	return {
		name: 'pagefind',
		async search(plan, options) {
			// The module filter as Pagefind stored it (French: elisions separated, like the page).
			const module = options.module && (language.separateWords?.(options.module) ?? options.module);
			const pages = await rankPages(pagefind, plan, module ? { filters: { module } } : {}, stopWords);
			const ranked = [...pages.values()].sort((a, b) => b.score - a.score);
			const hits = await Promise.all(
				ranked.slice(0, options.limit).map(async ({ result, score }): Promise<SearchHit> => {
					const data = await result.data();
					return shown(language, {
						id: data.meta.id ?? data.url,
						title: data.meta.title ?? '',
						module: data.meta.module ?? '',
						minutes: Number(data.meta.minutes) || 0,
						path: data.url.replace(/^\/+/, ''),
						excerpt: excerptOf(data),
						score,
					});
				}),
			);
			return { hits, total: ranked.length, strong: countStrong(ranked.map((r) => r.score)) };
		},
	};
}
