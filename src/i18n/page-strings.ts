/** Interface strings a script needs, by key, with the words of the page's language. */
export type Strings = Record<string, string>;

/**
 * The one way a page hands interface strings to its script: a `data-strings` attribute holding
 * JSON, written at build from src/i18n, so scripts hold no words of their own. A missing or
 * broken attribute gives no strings (fill() then gives ""), never an error.
 */
export function readStrings(root: HTMLElement): Strings {
	try {
		return JSON.parse(root.dataset.strings ?? '{}') as Strings;
	} catch {
		return {};
	}
}
