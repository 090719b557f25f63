/**
 * Interface strings reach the browser through the page (a data-strings attribute written at
 * build from src/i18n), so scripts hold no words of their own.
 */
export function readStrings(root: HTMLElement): Record<string, string> {
	try {
		return JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
	} catch {
		return {};
	}
}

/** Fills `{name}` placeholders, as t() does at build time. */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
