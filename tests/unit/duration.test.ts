import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/i18n/duration';

describe('formatDuration: minutes totals in plain words', () => {
	it.each([
		[5, '5 minutes'],
		[1, '1 minute'],
		[59, '59 minutes'],
		[60, '1 hour'],
		[61, '1 hour 1 minute'],
		[90, '1 hour 30 minutes'],
		[120, '2 hours'],
		[260, '4 hours 20 minutes'],
	])('%i minutes read as "%s"', (minutes, words) => {
		expect(formatDuration(minutes)).toBe(words);
	});

	it('never shows a fraction of a minute or a negative time', () => {
		expect(formatDuration(24.6)).toBe('25 minutes');
		expect(formatDuration(-3)).toBe('0 minutes');
	});

	it('uses the strings it is given (another language)', () => {
		const fr = { 'duration.minutes': '{minutes} min', 'duration.hours': '{hours} h', 'duration.hoursMinutes': '{hours} h {minutes}' };
		expect(formatDuration(260, fr)).toBe('4 h 20');
	});
});
