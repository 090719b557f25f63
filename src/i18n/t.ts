import { en, type UiKey } from './en/index';
import { fill } from './fill';

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;

/** Looks up an interface string and fills in `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}, locale: Locale = 'en'): string {
	return fill(dictionaries[locale][key], values, locale);
}
