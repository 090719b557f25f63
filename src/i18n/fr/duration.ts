import type { duration as en } from '../en/duration';

/** Une durée en toutes lettres : « 25 minutes », « 1 heure », « 4 heures 20 minutes ». */
export const duration = {
	'duration.minutes': '{minutes} {minutes|minute|minutes}',
	'duration.hours': '{hours} {hours|heure|heures}',
	'duration.hoursMinutes': '{hours} {hours|heure|heures} {minutes} {minutes|minute|minutes}',
} as const satisfies Record<keyof typeof en, string>;
