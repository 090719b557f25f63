/** Minutes from the start as a clock offset: 0 -> "0:00", 75 -> "1:15". */
export function formatOffset(minutes: number): string {
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
