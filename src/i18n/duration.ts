import { duration } from './en/duration';
import { fill } from './fill';

/**
 * A length of time in plain words, for every minutes total the course shows: 25 -> "25 minutes",
 * 60 -> "1 hour", 260 -> "4 hours 20 minutes". Exact, in words: no "h"/"min" abbreviations and no
 * "½" (read out unevenly by screen readers, and a stumbling block for second-language readers),
 * and a trainer's running order still adds up. Pure: browser code may use it too.
 */
export function formatDuration(minutes: number, strings: Record<keyof typeof duration, string> = duration, locale?: string): string {
	const whole = Math.max(0, Math.round(minutes));
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	if (hours === 0) return fill(strings['duration.minutes'], { minutes: rest }, locale);
	if (rest === 0) return fill(strings['duration.hours'], { hours }, locale);
	return fill(strings['duration.hoursMinutes'], { hours, minutes: rest }, locale);
}
