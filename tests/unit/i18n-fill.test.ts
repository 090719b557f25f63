import { afterEach, describe, expect, it } from 'vitest';
import { fill, pageLocale } from '../../src/i18n/fill';
import { readStrings } from '../../src/i18n/page-strings';
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
		expect(fill('{n} {n|leçon|leçons}', { n: 1 }, 'fr')).toBe('1 leçon');
		expect(fill('{n} {n|leçon|leçons}', { n: 2 }, 'fr')).toBe('2 leçons');
	});

	it('keeps a plural choice whose number is not given', () => {
		expect(fill('{n|one|many}', {})).toBe('{n|one|many}');
	});

	it('gives "" for an absent template', () => {
		expect(fill(undefined, { n: 1 })).toBe('');
	});

	it('allows words with spaces in a plural choice', () => {
		const text = '{count} {count|lesson that is|lessons that are} kept';
		expect(fill(text, { count: 1 })).toBe('1 lesson that is kept');
		expect(fill(text, { count: 3 })).toBe('3 lessons that are kept');
	});
});

describe('fill in the browser', () => {
	const withPage = (lang: string) => {
		(globalThis as { document?: unknown }).document = { documentElement: { lang } };
	};
	afterEach(() => {
		delete (globalThis as { document?: unknown }).document;
	});

	it('takes the language from <html lang>', () => {
		withPage('fr');
		expect(pageLocale()).toBe('fr');
		expect(fill('{n} {n|leçon|leçons}', { n: 0 })).toBe('0 leçon');
		withPage('en');
		expect(fill('{n} {n|lesson|lessons}', { n: 0 })).toBe('0 lessons');
	});

	it('falls back to English when the page has no language', () => {
		withPage('');
		expect(pageLocale()).toBe('en');
		expect(fill('{n} {n|lesson|lessons}', { n: 1 })).toBe('1 lesson');
	});
});

describe('readStrings', () => {
	const element = (strings?: string) => ({ dataset: strings === undefined ? {} : { strings } }) as unknown as HTMLElement;
	it('reads the strings a page hands its script in data-strings', () => {
		expect(readStrings(element('{"done":"Well done."}'))).toEqual({ done: 'Well done.' });
	});
	it('gives no strings, never an error, when the attribute is missing or broken', () => {
		expect(readStrings(element())).toEqual({});
		expect(readStrings(element('{broken'))).toEqual({});
	});
});

describe('interface strings', () => {
	it('say "1 lesson" for a module of one lesson', () => {
		expect(t('module.count', { count: 1, time: formatDuration(45) })).toBe('1 lesson · about 45 minutes');
		expect(t('module.count', { count: 7, time: formatDuration(260) })).toBe('7 lessons · about 4 hours 20 minutes');
	});
	it('say "1 lesson that is" and "2 lessons that are" for progress from another edition', () => {
		expect(fill(t('progress.preview.other'), { count: 1 })).toBe('Progress for 1 lesson that is not in this edition of the course will be kept too.');
		expect(fill(t('progress.preview.other'), { count: 2 })).toBe('Progress for 2 lessons that are not in this edition of the course will be kept too.');
	});
});
