import type { HTMLElement } from 'node-html-parser';
import { formatDate } from '../../i18n/dates';
import { asLocale } from '../../i18n/locales';
import { t, type Locale } from '../../i18n/t';

/**
 * The hosted "Download the course" page cannot know the zip's size and check code when it is
 * built: the zip is made from the built site. The package step fills them in afterwards, into
 * elements the page marks with `data-figure`. Text only: no inline script or style changes, so
 * the page's content security policy stays true.
 */

/** One language's zip. */
export interface ZipFigures {
	/** Zip size in bytes. */
	size: number;
	/** SHA-256 of the zip, in hex. */
	sha256: string;
}

export interface DownloadFigures {
	/** Each language's zip (hosted page only). */
	zips?: Partial<Record<Locale, ZipFigures>>;
	/** When this version was made. */
	date: Date;
}

/** "1.4 MB" (or "640 kB" under a megabyte), as file windows show it in the page's language ("1,4 Mo"). */
export function formatSize(bytes: number, locale: Locale = 'en'): string {
	const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	if (bytes >= 1_000_000) return t('download.megabytes', { size: number.format(bytes / 1_000_000) }, locale);
	return t('download.kilobytes', { size: String(Math.max(1, Math.round(bytes / 1000))) }, locale);
}

const setText = (el: HTMLElement, text: string) => {
	el.set_content(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
};

/**
 * Fills the figures into a parsed download page; returns false when the page has no place for
 * them. A figure is of the zip of the language named by the nearest `data-zip` around it (the
 * page's own language when none). Figures not given are emptied: the offline copy must not carry
 * a hosted page's figures (the copy would then change with every packaging of an already packaged build).
 */
export function showDownloadFigures(root: HTMLElement, figures: DownloadFigures): boolean {
	const slots = root.querySelectorAll('[data-figure]');
	// In the page's own language: "6 December 2026", "6 décembre 2026"; "4,195,000", "4 195 000".
	const locale = asLocale(root.querySelector('html')?.getAttribute('lang') ?? undefined);
	const day = figures.date.toISOString().slice(0, 10);
	const zipOf = (el: HTMLElement) => figures.zips?.[asLocale(el.closest('[data-zip]')?.getAttribute('data-zip') ?? locale)];
	for (const el of slots) {
		const kind = el.getAttribute('data-figure');
		const zip = zipOf(el);
		if (kind === 'date') {
			setText(el, formatDate(day, locale));
			if (el.rawTagName.toLowerCase() === 'time') el.setAttribute('datetime', figures.date.toISOString().slice(0, 10));
		} else if (kind === 'size') {
			setText(el, zip === undefined ? '' : formatSize(zip.size, locale));
		} else if (kind === 'bytes') {
			setText(el, zip === undefined ? '' : new Intl.NumberFormat(locale).format(zip.size));
		} else if (kind === 'sha256') {
			setText(el, zip?.sha256 ?? '');
		}
	}
	// The page's own language's zip is its download; another language's, when missing, is not offered.
	for (const el of root.querySelectorAll('[data-zip]')) {
		if (el.getAttribute('data-zip') !== locale && figures.zips && !figures.zips[asLocale(el.getAttribute('data-zip'))]) el.remove();
	}
	if (figures.zips?.[locale]) {
		for (const el of root.querySelectorAll('[data-download="pending"]')) el.remove();
		for (const el of root.querySelectorAll('[data-download="ready"]')) el.removeAttribute('hidden');
	}
	return slots.length > 0;
}
