/** Le choix de la langue : le lien vers l’autre édition et la proposition faite à la première visite. */
import type { language as en } from '../en/language';

export const language = {
	'language.switchLabel': 'Langue',
	'language.inEnglish': 'En anglais',
	'language.offer': 'Ce cours existe en français.',
	'language.offerLink': 'Lire en français',
	'language.offerDismiss': 'Non merci',
} as const satisfies Record<keyof typeof en, string>;
