import type { SearchLanguage } from '../language';
import { languageHome } from '../paths';
import { planQuery, type QueryPlan } from '../query-plan';
import { createSpeller } from '../spelling';
import { synonymIndex } from '../synonyms';
import type { SearchEngine, SearchOptions, SearchOutcome, SearchSettings } from '../types';
import { chooseEngine } from './choose-engine';

export interface SearchAnswer {
	plan: QueryPlan;
	outcome: SearchOutcome;
}

/** One per page: reads queries the same way for every search box and starts the engine once. */
export class SearchService {
	readonly #synonyms;
	readonly #speller;
	readonly #root: URL;
	readonly #language: SearchLanguage;
	#engine?: Promise<SearchEngine>;

	/** `language`: the page's, the one the bundle was built for (its stop words, stemmer and index). */
	constructor(settings: SearchSettings, root: URL, language: SearchLanguage) {
		this.#synonyms = synonymIndex(settings.synonyms);
		this.#speller = createSpeller(settings.vocabulary, language.stem);
		this.#root = root;
		this.#language = language;
	}

	get root(): URL {
		return this.#root;
	}

	/** The home of the page's language, as a site path ("fr/"): where "Browse the modules" leads. */
	get homePath(): string {
		return languageHome(this.#language.code);
	}

	/** Starts loading the engine (and its index) without searching yet. */
	warmUp(): Promise<SearchEngine> {
		this.#engine ??= chooseEngine(this.#root, this.#language);
		return this.#engine;
	}

	async search(text: string, options: SearchOptions): Promise<SearchAnswer> {
		const plan = planQuery(text, { synonyms: this.#synonyms, speller: this.#speller, stopWords: this.#language.stopWords, separate: this.#language.separateWords });
		const engine = await this.warmUp();
		return { plan, outcome: await engine.search(plan, options) };
	}
}
