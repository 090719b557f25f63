/**
 * The course's languages. English is the default and lives at the site root; every other
 * language lives under /<locale>/ (astro.config's i18n block reads this list). A third language
 * is one more entry here, a dictionary under src/i18n/<locale>/ and content under content/<locale>/.
 */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The name of each language in itself, for the language switch. */
export const languageNames: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A locale from Astro.currentLocale (or anything else): the default when unknown or absent. */
export function asLocale(value: unknown): Locale {
	return isLocale(value) ? value : defaultLocale;
}

/** The other languages than `locale`, in the list's order. */
export function otherLocales(locale: Locale): Locale[] {
	return locales.filter((l) => l !== locale);
}
