import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { formatSize, showDownloadFigures } from '../../../src/packaging/offline/download-figures';
import { readmeText } from '../../../src/packaging/offline/readme';

const page = (lang: string) =>
	parse(`<html lang="${lang}"><body><span data-figure="size"></span> (<span data-figure="bytes"></span>) <time data-figure="date"></time></body></html>`);
const date = new Date(Date.UTC(2026, 11, 6, 23, 30));

describe('the download figures, in the page language', () => {
	it('writes size, bytes and date as English readers expect', () => {
		const root = page('en');
		showDownloadFigures(root, { date, zips: { en: { size: 4_195_123, sha256: 'ab' } } });
		expect(root.querySelector('[data-figure="size"]')!.textContent).toBe('4.2 MB');
		expect(root.querySelector('[data-figure="bytes"]')!.textContent).toBe('4,195,123');
		expect(root.querySelector('time')!.textContent).toBe('6 December 2026');
		expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-06');
	});

	it('writes them the French way on a French page (decimal comma, Mo, spaced thousands, month in French)', () => {
		const root = page('fr');
		showDownloadFigures(root, { date, zips: { fr: { size: 4_195_123, sha256: 'ab' } } });
		expect(root.querySelector('[data-figure="size"]')!.textContent).toBe('4,2\u00A0Mo');
		expect(root.querySelector('[data-figure="bytes"]')!.textContent).toBe('4\u202F195\u202F123');
		expect(root.querySelector('time')!.textContent).toBe('6 décembre 2026');
	});

	it('fills each zip’s figures where its data-zip says, and drops the offer of a zip that was not made', () => {
		const offers = `<p data-zip="fr"><span data-figure="size"></span></p><p data-zip="en"><span data-figure="size"></span> <code data-figure="sha256"></code></p>`;
		const root = parse(`<html lang="fr"><body><div data-download="ready" hidden>${offers}</div></body></html>`);
		showDownloadFigures(root, { date, zips: { fr: { size: 2_700_000, sha256: 'f' }, en: { size: 2_600_000, sha256: 'e' } } });
		expect(root.querySelector('[data-zip="fr"] [data-figure="size"]')!.textContent).toBe('2,7\u00A0Mo');
		expect(root.querySelector('[data-zip="en"] [data-figure="size"]')!.textContent).toBe('2,6\u00A0Mo');
		expect(root.querySelector('[data-zip="en"] [data-figure="sha256"]')!.textContent).toBe('e');
		expect(root.querySelector('[data-download="ready"]')!.hasAttribute('hidden')).toBe(false);

		const alone = parse(`<html lang="fr"><body><div data-download="ready" hidden>${offers}</div></body></html>`);
		showDownloadFigures(alone, { date, zips: { fr: { size: 2_700_000, sha256: 'f' } } });
		expect(alone.querySelector('[data-zip="en"]')).toBeNull();
		expect(alone.querySelector('[data-zip="fr"] [data-figure="size"]')!.textContent).toBe('2,7\u00A0Mo');
	});

	it('gives kilobytes under a megabyte', () => {
		expect(formatSize(640_400)).toBe('640 kB');
		expect(formatSize(640_400, 'fr')).toBe('640\u00A0ko');
	});
});

describe('README.txt', () => {
	it('has a part for each edition the copy holds, English first, each in its language', () => {
		const text = readmeText({ editions: [{ locale: 'en', courseTitle: 'Skills' }, { locale: 'fr', courseTitle: 'Compétences' }], version: '1.2.3', date });
		const [english, french] = text.split('----------');
		expect(english).toContain('Skills: the offline course');
		expect(english).toContain('6 December 2026');
		expect(french).toContain('Compétences\u00A0: le cours hors ligne');
		expect(french).toContain('6 décembre 2026');
		expect(text).toMatch(/\r\n$/);
	});
});

describe('links to other websites in the offline copy', () => {
	it('say they need the internet in the page language', async () => {
		const { markExternalLinks } = await import('../../../src/packaging/offline/page-tweaks');
		for (const [lang, words] of [['en', '(needs the internet)'], ['fr', '(avec internet)']] as const) {
			const root = parse(`<html lang="${lang}"><body><a href="https://www.service-public.gouv.fr/">Service public</a><a href="../glossary/">x</a></body></html>`);
			markExternalLinks(root);
			expect(root.querySelector('a')!.textContent).toBe(`Service public ${words}`);
			expect(root.querySelector('a')!.getAttribute('target')).toBe('_top');
			expect(root.querySelectorAll('a')[1]!.textContent).toBe('x');
		}
	});
});
