/** The language switch, and the one-line offer of the other edition. */
export const language = {
	/** Names the header's language link for screen readers. */
	'language.switchLabel': 'Language',
	/** On a page of another language, after the title of a module that is only in English. */
	'language.inEnglish': 'In English',
	/** The offer to a reader whose browser prefers this language, shown on a page of another one. */
	'language.offer': 'This course is also in English.',
	'language.offerLink': 'Read in English',
	'language.offerDismiss': 'No, thank you',
} as const;
