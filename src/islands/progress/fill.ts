/** Fills `{name}` placeholders of a template the page carries in a data- attribute (strings stay in src/i18n). */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
