import { MAX_PHRASE_WORDS, type SynonymIndex } from './synonyms';
import type { Speller } from './spelling';
import { STOP_WORDS, isVocabularyWord, queryWords } from './words';

/** One way to say what the learner meant: the words typed, or a synonym of them. */
export interface Alternative {
	words: string[];
	synonym: boolean;
}

/** One idea of the query ("text message"), with the other ways to say it. */
export interface Concept {
	/** The words as the learner typed them (folded), before any correction. */
	typed: string;
	alternatives: Alternative[];
	/** The learner may still be typing this word: match it as the start of a word too. */
	partial: boolean;
	/**
	 * A longer word the lessons do not use and the speller could not place: engines that can
	 * should match near spellings of it. Known words need no such guessing (and it is slow).
	 */
	fuzzy: boolean;
}

/** What both engines are asked: the same ideas, corrections and synonyms, so they agree. */
export interface QueryPlan {
	concepts: Concept[];
	/** Words we read differently ("pasword" -> "password"), to tell the learner. */
	corrections: { typed: string; used: string }[];
}

/** Long pastes are cut: nobody types more than this into a search box. */
export const MAX_QUERY_WORDS = 12;

/**
 * `stopWords` and `separate`: the query's language's (English by default; see src/search/languages/):
 * French separates elisions, so "l’arnaque" is asked as "arnaque".
 */
export function planQuery(text: string, options: { synonyms: SynonymIndex; speller: Speller; stopWords?: ReadonlySet<string>; separate?: (text: string) => string }): QueryPlan {
	const { synonyms, speller, stopWords = STOP_WORDS, separate = (t: string) => t } = options;
	const typed = queryWords(separate(text.slice(0, 200))).slice(0, MAX_QUERY_WORDS);
	const stillTyping = !/\s$/.test(text) && typed.length > 0;
	const used = typed.map((w, i) => (stopWords.has(w) || synonyms.has(w) ? w : speller.correct(w, stillTyping && i === typed.length - 1)));
	const concepts: Concept[] = [];
	for (let i = 0; i < used.length; ) {
		const length = phraseLengthAt(used, i, synonyms);
		const key = used.slice(i, i + length).join(' ');
		const end = i + length === used.length;
		// Filler words and single characters ("x", "1") only add noise to the results.
		if (length > 1 || (!stopWords.has(key) && key.length > 1)) {
			concepts.push({
				typed: typed.slice(i, i + length).join(' '),
				alternatives: [{ words: key.split(' '), synonym: false }, ...(synonyms.get(key) ?? []).filter((s) => inLessons(s, speller, stopWords)).map((s) => ({ words: s.split(' '), synonym: true }))],
				partial: end && stillTyping && length === 1,
				fuzzy: length === 1 && key.length >= 5 && !speller.knows(key),
			});
		}
		i += length;
	}
	const corrections = typed.flatMap((w, i) => (w !== used[i] ? [{ typed: w, used: used[i]! }] : []));
	return { concepts, corrections };
}

/**
 * A synonym the lessons never use finds nothing, and Pagefind would match it loosely instead
 * ("passcode" finding "pass"), ranking a page above the one with the word the learner typed.
 * Words outside the speller's vocabulary (short ones, those with digits) are kept: it cannot tell.
 */
function inLessons(phrase: string, speller: Speller, stopWords: ReadonlySet<string>): boolean {
	return phrase.split(' ').every((w) => !isVocabularyWord(w) || stopWords.has(w) || speller.knows(w));
}

/** Longest synonym phrase starting at word i, or 1. */
function phraseLengthAt(words: string[], i: number, synonyms: SynonymIndex): number {
	for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n > 1; n--) {
		if (synonyms.has(words.slice(i, i + n).join(' '))) return n;
	}
	return 1;
}

/** The query as the engines will read it, for "Showing results for ..." after a correction. */
export function correctedText(plan: QueryPlan): string {
	return plan.concepts.map((c) => c.alternatives[0]!.words.join(' ')).join(' ');
}
