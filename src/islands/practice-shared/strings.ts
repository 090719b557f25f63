import { dictionary } from '../../i18n/t';
import type { Locale } from '../../i18n/locales';

/**
 * Build time: the `<prefix>.live.*` strings, in the page's language, a simulation's browser script needs, as JSON for a
 * `data-strings` attribute (keys without the prefix). The script then needs no dictionary.
 */
export function liveStrings(locale: Locale, ...prefixes: string[]): string {
	const picked: Record<string, string> = {};
	for (const [key, text] of Object.entries(dictionary(locale))) {
		for (const prefix of prefixes) {
			if (key.startsWith(`${prefix}.live.`)) picked[key.slice(prefix.length + '.live.'.length)] = text;
		}
	}
	return JSON.stringify(picked);
}
