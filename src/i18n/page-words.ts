import { asLocale, type Locale } from './locales';
import { dictionary, t as translate } from './t';
import { formatDuration as durationInWords } from './duration';
import { routesIn } from '../lib/routes';
import { moduleLocale } from '../lib/course-data';
import type { UiKey } from './en/index';

/**
 * What a page or component needs to speak its page's language, from `Astro.currentLocale`
 * (Astro's i18n routing: "fr" under /fr/, "en" at the root). Every .astro file gets its words,
 * page addresses and durations here, so a component never needs to be told the language.
 */
export function pageWords(astro: { currentLocale?: string | undefined }) {
	const locale: Locale = asLocale(astro.currentLocale);
	const strings = dictionary(locale);
	return {
		locale,
		t: (key: UiKey, values: Record<string, string | number> = {}) => translate(key, values, locale),
		// A module without lessons in this language links to its English pages.
		routes: routesIn(locale, (moduleId) => moduleLocale(moduleId, locale) === locale),
		/** Whether a module is read in this page's language (else in English). */
		inLocale: (moduleId: string) => moduleLocale(moduleId, locale) === locale,
		formatDuration: (minutes: number) => durationInWords(minutes, strings, locale),
		formatNumber: (n: number) => new Intl.NumberFormat(locale).format(n),
	};
}
