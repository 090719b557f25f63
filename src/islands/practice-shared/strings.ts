import { en } from '../../i18n/en/index';

/**
 * Build time: the `<prefix>.live.*` strings a simulation's browser script needs, as JSON for a
 * `data-strings` attribute (keys without the prefix). The script then needs no dictionary.
 */
export function liveStrings(...prefixes: string[]): string {
	const picked: Record<string, string> = {};
	for (const [key, text] of Object.entries(en)) {
		for (const prefix of prefixes) {
			if (key.startsWith(`${prefix}.live.`)) picked[key.slice(prefix.length + '.live.'.length)] = text;
		}
	}
	return JSON.stringify(picked);
}
