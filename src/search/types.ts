import type { Segment } from './excerpt';
import type { PackedIndex } from './lunr-pack';
import type { QueryPlan } from './query-plan';

/** A lesson as the offline index stores it (the same fields Pagefind keeps as metadata). */
export interface SearchDoc {
	/** The lesson's stable id. */
	id: string;
	title: string;
	/** Module title, shown under the result. */
	module: string;
	minutes: number;
	/** Site path without the leading slash, "staying-safe/spot-a-scam/": joined to the site root in the browser. */
	path: string;
	/** Short plain texts to pick the excerpt from: the summary first, then questions and key points. */
	passages: string[];
}

/** One result, whichever engine found it. */
export interface SearchHit {
	id: string;
	title: string;
	module: string;
	minutes: number;
	path: string;
	excerpt: Segment[];
	/** The engine's score: only to compare results of one search. */
	score: number;
}

export interface SearchOptions {
	/** Only lessons of this module (its title). */
	module?: string;
	/** How many hits to return with their details. */
	limit: number;
}

export interface SearchOutcome {
	hits: SearchHit[];
	/** All matching lessons, of which `hits` are the first. */
	total: number;
	/** How many of the first results match well (strength.ts): the rest are shown under "More results". */
	strong: number;
}

export interface SearchEngine {
	readonly name: 'pagefind' | 'lunr';
	search(plan: QueryPlan, options: SearchOptions): Promise<SearchOutcome>;
}

/** What the offline index script sets on `window.CDS_SEARCH_INDEX`. */
export interface LunrPayload {
	/** lunr's serialised index, packed smaller (see lunr-pack.ts). */
	index: PackedIndex;
	docs: SearchDoc[];
}

/** What the build gives the search interface along with its code. */
export interface SearchSettings {
	synonyms: { groups: string[][] };
	/** Words of the lessons, most frequent first, for spelling correction. */
	vocabulary: string[];
}
