import lunr from 'lunr';
import { markWords } from './excerpt';
import { cutExcerpt } from './excerpt-cut';
import { unpackIndex } from './lunr-pack';
import type { Concept, QueryPlan } from './query-plan';
import type { LunrPayload, SearchDoc, SearchEngine, SearchHit } from './types';
import type { SearchLanguage } from './language';
import { language as english } from './languages/en';
import { queryWords } from './words';
import { countStrong } from './strength';

/** The stem lunr indexes an English word under ("passwords" -> "password"); other languages: SearchLanguage.stem. */
export function lunrStem(word: string): string {
	return english.stem(word);
}

/** Weights of the query clauses: what was typed counts most, a synonym a bit less, a near-miss least. */
const BOOST = { typed: 10, synonym: 6, prefix: 4, fuzzy: 2 } as const;

function addConcept(query: lunr.Query, concept: Concept, stopWords: ReadonlySet<string>): void {
	for (const alternative of concept.alternatives) {
		for (const word of alternative.words) {
			if (stopWords.has(word)) continue;
			query.term(word, { boost: alternative.synonym ? BOOST.synonym : BOOST.typed });
			if (alternative.synonym) continue;
			// Typo tolerance on longer unknown words only: short words have too many neighbours.
			if (concept.fuzzy) query.term(word, { editDistance: 1, boost: BOOST.fuzzy });
			if (concept.partial && word.length >= 2) query.term(word, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: BOOST.prefix });
		}
	}
}

/** The passage that holds the most matched words, with those words marked. */
function excerptOf(doc: SearchDoc, matchedStems: Set<string>, language: SearchLanguage): SearchHit['excerpt'] {
	const stem = language.stem;
	// "l’hameçonnage" matches through its word "hameçonnage" (French separates elisions).
	const separate = language.separateWords ?? ((text: string) => text);
	const isMatch = (word: string) => queryWords(separate(word)).some((w) => matchedStems.has(stem(w)));
	let best = doc.passages[0] ?? '';
	let bestCount = 0;
	for (const passage of doc.passages) {
		const count = queryWords(separate(passage)).filter((w) => matchedStems.has(stem(w))).length;
		if (count > bestCount) [best, bestCount] = [passage, count];
	}
	return cutExcerpt(markWords(best, isMatch));
}

/**
 * Search over the serialised lunr index: works anywhere, from file:// too (no fetch, no WASM).
 * `language` must be the index's (its module registers the stemmer the index names).
 */
export function createLunrEngine(payload: LunrPayload, language: SearchLanguage = english): SearchEngine {
	const index = lunr.Index.load(unpackIndex(payload.index));
	const docs = new Map(payload.docs.map((d) => [d.id, d]));
	return {
		name: 'lunr',
		async search(plan: QueryPlan, options) {
			if (plan.concepts.length === 0) return { hits: [], total: 0, strong: 0 };
			const results = index
				.query((q) => plan.concepts.forEach((c) => addConcept(q, c, language.stopWords)))
				.filter((r) => docs.has(r.ref) && (!options.module || docs.get(r.ref)!.module === options.module));
			const hits = results.slice(0, options.limit).map((r) => {
				const doc = docs.get(r.ref)!;
				const { passages: _passages, ...fields } = doc;
				return { ...fields, excerpt: excerptOf(doc, new Set(Object.keys(r.matchData.metadata)), language), score: r.score };
			});
			return { hits, total: results.length, strong: countStrong(results.map((r) => r.score)) };
		},
	};
}
