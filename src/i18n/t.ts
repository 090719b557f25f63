import { en, type UiKey } from './en/index';
import { fr } from './fr/index';
import { fill } from './fill';
import type { Locale } from './locales';

export type { Locale } from './locales';
export { locales } from './locales';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, fr };

/** The dictionary of a language: scripts' data-strings pick from it. */
export function dictionary(locale: Locale = 'en'): Record<UiKey, string> {
	return dictionaries[locale];
}

/** Looks up an interface string and fills in `{name}` placeholders, with the language's plural rules. */
export function t(key: UiKey, values: Record<string, string | number> = {}, locale: Locale = 'en'): string {
	return fill(dictionaries[locale][key], values, locale);
}
