/** The longest CMITimespan: 9999 hours, 59 minutes, 59.99 seconds, in hundredths of a second. */
const MAX_HUNDREDTHS = 9999 * 360_000 + 359_999;

/** SCORM 1.2 CMITimespan, "HHHH:MM:SS.SS" (hours have 2 to 4 digits), from milliseconds. */
export function sessionTime(ms: number): string {
	const total = Math.max(0, Math.min(Math.floor(ms / 10), MAX_HUNDREDTHS));
	const hours = Math.floor(total / 360_000);
	const minutes = Math.floor((total % 360_000) / 6000);
	const hundredths = total % 6000;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(Math.floor(hundredths / 100), 2)}.${pad(hundredths % 100, 2)}`;
}
