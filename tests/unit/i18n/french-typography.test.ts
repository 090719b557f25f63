import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, frenchTypography } from '../../../src/i18n/french-typography';
import { fill, formatNumber } from '../../../src/i18n/fill';
import { formatDate } from '../../../src/i18n/dates';

describe('frenchTypography', () => {
	it('puts a no-break space before a colon and a narrow one before ; ! ?', () => {
		expect(frenchTypography('Attention : lisez bien.')).toBe(`Attention${NBSP}: lisez bien.`);
		expect(frenchTypography('Vraiment ? Oui ! Puis ; fin')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Puis${NNBSP}; fin`);
	});

	it('leaves a sign written against its word as written: it may be something to type', () => {
		expect(frenchTypography('Choisissez « Soleil2026! » ?')).toBe(`Choisissez «${NBSP}Soleil2026!${NBSP}»${NNBSP}?`);
		expect(frenchTypography('Soleil2026!')).toBe('Soleil2026!');
		expect(frenchTypography('Attention: lisez bien.')).toBe('Attention: lisez bien.');
	});

	it('gives a run of signs one space, before the first', () => {
		expect(frenchTypography('Quoi ?!')).toBe(`Quoi${NNBSP}?!`);
	});

	it('puts no-break spaces inside « guillemets »', () => {
		expect(frenchTypography('Cliquez sur « Envoyer ».')).toBe(`Cliquez sur «${NBSP}Envoyer${NBSP}».`);
		expect(frenchTypography('«Envoyer»')).toBe(`«${NBSP}Envoyer${NBSP}»`);
	});

	it('leaves addresses, times and signs inside words alone', () => {
		expect(frenchTypography('Allez sur https://www.cybermalveillance.gouv.fr/ ou sur www.17cyber.gouv.fr.')).toBe('Allez sur https://www.cybermalveillance.gouv.fr/ ou sur www.17cyber.gouv.fr.');
		expect(frenchTypography('Voir https://exemple.fr/page?q=arnaque : ici')).toBe(`Voir https://exemple.fr/page?q=arnaque${NBSP}: ici`);
		expect(frenchTypography('Rendez-vous à 10:30, salle 2.')).toBe('Rendez-vous à 10:30, salle 2.');
		expect(frenchTypography('Le dossier C:\\Utilisateurs')).toBe('Le dossier C:\\Utilisateurs');
		expect(frenchTypography('mailto:contact@exemple.fr')).toBe('mailto:contact@exemple.fr');
	});

	it('fixes a sign at the start of a text that follows bold words or a link', () => {
		expect(frenchTypography(' : la suite')).toBe(`${NBSP}: la suite`);
	});

	it('is idempotent, and changes nothing in text that needs nothing', () => {
		for (const text of ['Attention : oui ? « non » !', 'Une phrase simple.', 'https://a.fr/?x=1']) {
			expect(frenchTypography(frenchTypography(text))).toBe(frenchTypography(text));
		}
		expect(frenchTypography('Une phrase simple, sans signe.')).toBe('Une phrase simple, sans signe.');
	});
});

describe('numbers and dates by language', () => {
	it('writes numbers the language’s way through fill()', () => {
		expect(fill('{n} mots', { n: 12345 }, 'fr')).toBe(`12${NNBSP}345 mots`);
		expect(fill('{n} words', { n: 12345 }, 'en')).toBe('12,345 words');
		expect(formatNumber(2.5, 'fr')).toBe('2,5');
		expect(formatNumber(2026, 'fr')).toBe('2026');
		expect(fill('{n}', { n: '12345' }, 'fr')).toBe('12345'); // text stays as given
	});

	it('writes dates in words: 6 décembre 2026', () => {
		expect(formatDate('2026-12-06', 'fr')).toBe('6 décembre 2026');
		expect(formatDate('2026-12-06', 'en')).toBe('6 December 2026');
		expect(formatDate(new Date(Date.UTC(2026, 0, 1, 12)), 'fr')).toBe('1 janvier 2026');
	});
});
