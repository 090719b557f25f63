import lunr from 'lunr';
import type { SearchLanguage } from './language';
import { language as english } from './languages/en';
import type { SearchDoc } from './types';
import { indexWords, isVocabularyWord } from './words';

/** A lesson's searchable text, read from the built page (what Pagefind indexes too). */
export interface SearchSource extends SearchDoc {
	/** Section headings inside the lesson text. */
	headings: string;
	/** The summary, questions, objectives and key points: what the lesson is about, in few words. */
	lead: string;
	/** All the lesson text, headings and lead included. */
	body: string;
	/** The page's language (its `<html lang>` code): each language has an index of its own. English when absent. */
	language?: string;
}

/** Field weights: a word in the title says more about a lesson than a word in passing. */
export const FIELD_BOOSTS = { title: 10, headings: 4, lead: 3, body: 1 } as const;

const asIndexText = (text: string) => indexWords(text).join(' ');

/**
 * Builds the offline index of one language's lessons, with that language's stemmer and stop words.
 * Word cutting matches the browser's, so queries meet the same words.
 */
export function buildLunrIndex(sources: readonly SearchSource[], language: SearchLanguage = english): lunr.Index {
	return lunr(function () {
		language.setUp(this);
		this.ref('id');
		for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
		for (const source of sources) {
			this.add({
				id: source.id,
				title: asIndexText(source.title),
				headings: asIndexText(source.headings),
				lead: asIndexText(source.lead),
				body: asIndexText(source.body),
			});
		}
	});
}

/** Words of the lessons, most frequent first: what the speller may correct a typo to. */
export function vocabularyOf(sources: readonly SearchSource[]): string[] {
	const counts = new Map<string, number>();
	for (const source of sources) {
		for (const word of indexWords(`${source.title} ${source.body}`)) {
			if (isVocabularyWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
