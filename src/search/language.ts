import type lunr from 'lunr';

/**
 * How search reads one language: what its words mean to the offline index (stems, stop words)
 * and to queries, so the index and the browser agree. One module a language in
 * src/search/languages/; the build bundles the page's language only into that language's
 * search interface (a French stemmer is no weight on English pages).
 */
export interface SearchLanguage {
	/** The language code, as in `<html lang>`: "en", "fr". */
	code: string;
	/** Words that carry no meaning in a query, folded (lower case, no accents), as queryWords gives them. */
	stopWords: ReadonlySet<string>;
	/** The stem the offline index keeps for a folded word ("passwords" -> "password"). */
	stem(word: string): string;
	/** Sets an index builder up for the language (its stemmer and stop words); nothing for English. */
	setUp(builder: lunr.Builder): void;
	/**
	 * Text as an engine should cut it into words (queries, and pages given to Pagefind): French
	 * puts a space after elisions ("l’ arnaque"). Absent: the text as it is.
	 */
	separateWords?(text: string): string;
	/** The reverse, for what the learner sees of a page Pagefind stored separated. */
	rejoinWords?(text: string): string;
}

/** The language code of a page's `<html lang>`: "fr-FR" -> "fr"; none -> "en". Small: it runs on every page. */
export function languageCode(lang: string | null | undefined): string {
	return (lang || 'en').slice(0, 2).toLowerCase();
}
