import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { t } from '../../src/i18n/t';
import { formatDuration } from '../../src/i18n/duration';

describe('fill', () => {
	it('fills placeholders and leaves unknown ones as they are', () => {
		expect(fill('{done} of {total} done, {missing}', { done: 2, total: 5 })).toBe('2 of 5 done, {missing}');
	});

	it('picks the singular or plural word by the number', () => {
		const text = '{done} of {total} {total|lesson|lessons} done';
		expect(fill(text, { done: 0, total: 1 })).toBe('0 of 1 lesson done');
		expect(fill(text, { done: 0, total: 0 })).toBe('0 of 0 lessons done');
		expect(fill(text, { done: 1, total: 8 })).toBe('1 of 8 lessons done');
	});

	it('follows the language: French says "0 leçon" and "1 leçon"', () => {
		expect(fill('{n} {n|leçon|leçons}', { n: 0 }, 'fr')).toBe('0 leçon');
		expect(fill('{n} {n|leçon|leçons}', { n: 2 }, 'fr')).toBe('2 leçons');
	});

	it('keeps a plural choice whose number is not given', () => {
		expect(fill('{n|one|many}', {})).toBe('{n|one|many}');
	});
});

describe('interface strings', () => {
	it('say "1 lesson" for a module of one lesson', () => {
		expect(t('module.count', { count: 1, time: formatDuration(45) })).toBe('1 lesson · about 45 minutes');
		expect(t('module.count', { count: 7, time: formatDuration(260) })).toBe('7 lessons · about 4 hours 20 minutes');
	});
});
