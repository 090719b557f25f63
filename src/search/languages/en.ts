import lunr from 'lunr';
import type { SearchLanguage } from '../language';
import { STOP_WORDS } from '../words';

/** English: lunr's own stemmer and stop words. */
export const language: SearchLanguage = {
	code: 'en',
	stopWords: STOP_WORDS,
	stem: (word) => lunr.stemmer(new lunr.Token(word, {})).toString(),
	setUp: () => {},
};
