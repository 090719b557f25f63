/** Fills `{name}` placeholders; unknown names stay as they are. Used by `t()` and by browser code. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
