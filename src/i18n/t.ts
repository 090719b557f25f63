import { en, type UiKey } from './en/index';

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;

/** Looks up an interface string and fills in `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}, locale: Locale = 'en'): string {
	const text: string = dictionaries[locale][key];
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
