import { pageLocale } from './fill';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The course's English is British ("6 December 2026", not "December 6, 2026"). */
const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/**
 * A calendar date in words, as the language writes it: "6 December 2026" in English,
 * "6 décembre 2026" in French. A day given as "2026-12-06" is that day wherever the reader is
 * (read in UTC, so no time zone moves it). Pure: browser code may use it too.
 */
export function formatDate(date: Date | string, locale: string = pageLocale()): string {
	const dayOnly = typeof date === 'string' && DAY_ONLY.test(date);
	const value = typeof date === 'string' ? new Date(dayOnly ? `${date}T00:00:00Z` : date) : date;
	return new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', ...(dayOnly ? { timeZone: 'UTC' } : {}) }).format(value);
}
