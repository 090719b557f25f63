/**
 * Fills `{name}` placeholders; unknown names stay as they are. Used by `t()` and by browser code.
 * `{name|one|other}` picks a word by the number in `name`, by the language's plural rules:
 * `{total} {total|lesson|lessons}` gives "1 lesson" and "2 lessons". Browser code fills the templates
 * pages carry in data- attributes with it (an absent template gives "").
 */
export function fill(text: string | undefined, values: Record<string, string | number> = {}, locale = 'en'): string {
	return (text ?? '').replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
		if (!(name in values)) return whole;
		if (one === undefined) return String(values[name]);
		return new Intl.PluralRules(locale).select(Number(values[name])) === 'one' ? one : other!;
	});
}
