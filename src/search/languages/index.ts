import type { SearchLanguage } from '../language';
import { language as english } from './en';
import { language as french } from './fr';

/** Every language search knows, by code. For the build and tests; a page's bundle holds its own language only. */
export const SEARCH_LANGUAGES: Readonly<Record<string, SearchLanguage>> = { en: english, fr: french };

/** The search language of a code; English for a language search does not know yet. */
export function searchLanguage(code: string): SearchLanguage {
	return SEARCH_LANGUAGES[code] ?? english;
}
