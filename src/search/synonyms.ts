import type { SearchSynonyms } from '../schemas/search-synonyms';
import { queryWords } from './words';

/** Each word or phrase of the synonym list (as query words joined by spaces) -> the others of its group. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

/** Longest phrase in the synonym list, in words: queries are matched up to this length. */
export const MAX_PHRASE_WORDS = 3;

export function synonymIndex(synonyms: SearchSynonyms): SynonymIndex {
	const index = new Map<string, string[]>();
	for (const group of synonyms.groups) {
		const keys = [...new Set(group.map((entry) => queryWords(entry).join(' ')).filter(Boolean))];
		for (const key of keys) index.set(key, [...(index.get(key) ?? []), ...keys.filter((k) => k !== key)]);
	}
	return index;
}
