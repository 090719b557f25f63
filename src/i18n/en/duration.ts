/**
 * How a length of time reads, in words: "25 minutes", "1 hour", "4 hours 20 minutes".
 * Kept apart so browser code (search results) can format minutes without the whole dictionary.
 */
export const duration = {
	'duration.minutes': '{minutes} {minutes|minute|minutes}',
	'duration.hours': '{hours} {hours|hour|hours}',
	'duration.hoursMinutes': '{hours} {hours|hour|hours} {minutes} {minutes|minute|minutes}',
} as const;
