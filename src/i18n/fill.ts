/**
 * The one way interface strings get their values, at build time (t()) and in the browser.
 * Fills `{name}` placeholders; unknown names stay as they are, so a missing value shows.
 * `{name|one|other}` picks a word by the number in `name`, by the language's plural rules:
 * `{total} {total|lesson|lessons}` gives "1 lesson" and "2 lessons". Browser code fills the templates
 * pages carry in data- attributes with it (an absent template gives "").
 * Numbers are written the language's way (`formatNumber`): 12 345 in French, 12,345 in English.
 */
export function fill(text: string | undefined, values: Record<string, string | number> = {}, locale: string = pageLocale()): string {
	return (text ?? '').replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
		if (!(name in values)) return whole;
		if (one === undefined) return typeof values[name] === 'number' ? formatNumber(values[name], locale) : values[name]!;
		return new Intl.PluralRules(locale).select(Number(values[name])) === 'one' ? one : other!;
	});
}

/**
 * The page's language (`<html lang>`, written by the layout from a locale of src/i18n) in the
 * browser; English at build time, where t() passes its own.
 */
export function pageLocale(): string {
	return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}


const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the language writes it: "12 345,5" in French (narrow no-break space, decimal
 * comma), "12,345.5" in English. Four-digit numbers stay whole ("2026", "1500"): a year or a
 * small count reads better without a space, as French and English style guides both allow.
 */
export function formatNumber(value: number, locale: string = pageLocale()): string {
	// Made once a language: a build formats numbers on every page, and each formatter costs.
	let format = numberFormats.get(locale);
	if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: 'min2', maximumFractionDigits: 2 })));
	return format.format(value);
}
