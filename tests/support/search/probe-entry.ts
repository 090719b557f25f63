// Built with esbuild and added to a page by the search quality measure: runs the query set
// against one engine, the same way the search interface does, and times it.
import { searchLanguage } from '../../../src/search/languages/index';
import { createPagefindEngine, type PagefindApi } from '../../../src/search/pagefind-engine';
import { searchFiles } from '../../../src/search/paths';
import { planQuery } from '../../../src/search/query-plan';
import { createSpeller } from '../../../src/search/spelling';
import { synonymIndex } from '../../../src/search/synonyms';
import type { SearchEngine, SearchSettings } from '../../../src/search/types';
import { loadLunrEngine } from '../../../src/search/ui/choose-engine';

export interface ProbeInput {
	engine: 'pagefind' | 'lunr';
	root: string;
	settings: SearchSettings;
	queries: string[];
	limit: number;
	/** The query set's language (its stemmer, stop words and offline index); English when absent. */
	language?: string;
}
export interface ProbeOutput {
	loadMs: number;
	/** Per query: the lesson ids ranked, how many of them match well (shown before "More results"), and time. */
	results: { ids: string[]; titles: string[]; strong: number; scores: number[]; ms: number }[];
}

async function load(name: ProbeInput['engine'], root: URL, language: ReturnType<typeof searchLanguage>): Promise<SearchEngine> {
	if (name === 'lunr') return loadLunrEngine(root, language);
	// Pagefind opens the index of the page's <html lang>: the probe runs on a page of the query set's language.
	return createPagefindEngine((await import(new URL(searchFiles(language.code).pagefind, root).href)) as PagefindApi, language);
}

(window as unknown as { searchProbe: (input: ProbeInput) => Promise<ProbeOutput> }).searchProbe = async (input) => {
	const synonyms = synonymIndex(input.settings.synonyms);
	const language = searchLanguage(input.language ?? 'en');
	const speller = createSpeller(input.settings.vocabulary, language.stem);
	const started = performance.now();
	const engine = await load(input.engine, new URL(input.root), language);
	const loadMs = performance.now() - started;
	const run = async (query: string) => {
		const t0 = performance.now();
		const { hits, strong } = await engine.search(planQuery(query, { synonyms, speller, stopWords: language.stopWords, separate: language.separateWords }), { limit: input.limit });
		return { ids: hits.map((h) => h.id), titles: hits.map((h) => h.title), strong, scores: hits.map((h) => h.score), ms: performance.now() - t0 };
	};
	for (const query of input.queries) await run(query); // first pass loads the index parts each query needs
	// Three timed passes; each query keeps its middle time, so one pause of a busy machine does not count.
	const passes: ProbeOutput['results'][] = [];
	for (let pass = 0; pass < 3; pass++) {
		const results = [];
		for (const query of input.queries) results.push(await run(query));
		passes.push(results);
	}
	const results = passes[0]!.map((first, i) => ({ ...first, ms: passes.map((p) => p[i]!.ms).sort((a, b) => a - b)[1]! }));
	return { loadMs, results };
};
