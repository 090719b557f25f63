import { en, type UiKey } from './en/index';
import { fill } from './fill';

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;
/** Every language the interface has. */
export const locales = Object.keys(dictionaries) as Locale[];

/** Looks up an interface string and fills in `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}, locale: Locale = 'en'): string {
	return fill(dictionaries[locale][key], values, locale);
}
