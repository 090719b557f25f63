import { t } from '../../i18n/t';

/** Minutes from the start as a clock offset: 0 -> "0:00", 75 -> "1:15". */
export function formatOffset(minutes: number): string {
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A length of time: 45 -> "45 min", 90 -> "1 h 30 min". */
export function formatDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return t('minutes.short', { minutes: rest });
	if (rest === 0) return t('workshop.hours', { hours });
	return t('workshop.hoursMinutes', { hours, minutes: rest });
}
