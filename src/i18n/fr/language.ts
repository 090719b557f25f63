/**
 * The French of src/i18n/en/language.ts (keys added by the French edition's engine). The lead
 * merges these into the French dictionary of the "fr-lang" helper.
 */
export const language = {
	'language.switchLabel': 'Langue',
	'language.inEnglish': 'En anglais',
	'language.offer': 'Ce cours existe en français.',
	'language.offerLink': 'Lire en français',
	'language.offerDismiss': 'Non merci',
} as const;
