/** Build time: ids unique within any page, even when one simulation is used twice on it. */
let count = 0;
export function nextUid(prefix: string): string {
	count += 1;
	return `${prefix}-${count}`;
}
