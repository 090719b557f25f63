import type { HTMLElement } from 'node-html-parser';
import { t } from '../../i18n/t';
import { asLocale } from '../../i18n/locales';
import { OFFLINE_MARKER, OFFLINE_SITE_FOLDER } from '../../lib/offline-edition';
import { relativePath, siteTarget, type UrlContext } from './rewrite-url';

/** Where the offline step's own browser script sits in the copy. */
export const PAGE_SCRIPT = '_offline/page.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Takes out what cannot work from file:// (module preloads, a web app manifest, Pagefind's files)
 * and switches content meant for one edition: `data-offline="hide"` is removed from the copy,
 * `data-offline="only"` (hidden on the hosted site) is shown. The zip's own download link and
 * figures (`data-download`) have no place inside the zip.
 */
export function removeOnlineParts(root: HTMLElement, file: string, ctx: UrlContext): void {
	root.querySelector('html')?.setAttribute(OFFLINE_MARKER, '');
	for (const el of root.querySelectorAll('[data-offline="hide"], [data-download], link[rel~="modulepreload"], link[rel~="manifest"]')) el.remove();
	for (const el of root.querySelectorAll('[data-offline="only"]')) el.removeAttribute('hidden');
	for (const el of root.querySelectorAll('script[src], link[href]')) {
		const quiet = { ...ctx, problems: [] };
		const found = siteTarget(el.getAttribute('src') ?? el.getAttribute('href') ?? '', file, quiet);
		if (found?.target.startsWith('pagefind/')) el.remove();
	}
}

/**
 * Links to other websites open in the whole window (the shell page cannot show them in its frame)
 * and say that they need the internet, in the page's language.
 */
export function markExternalLinks(root: HTMLElement): void {
	const needsInternet = escapeHtml(t('offline.needsInternet', {}, asLocale(root.querySelector('html')?.getAttribute('lang') ?? undefined)));
	for (const link of root.querySelectorAll('a[href]')) {
		if (!/^(https?:)?\/\//i.test(link.getAttribute('href')!.trim())) continue;
		if (!link.getAttribute('target')) link.setAttribute('target', '_top');
		if (link.querySelector('.needs-internet')) continue;
		link.insertAdjacentHTML('beforeend', ` <span class="needs-internet">${needsInternet}</span>`);
	}
}

/** The address of the shell page (index.html at the zip's root) that opens this page inside it. */
export function shellAddress(file: string): string {
	const inShell = `${OFFLINE_SITE_FOLDER}/${file}`;
	const page = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
	return `${relativePath(inShell, 'index.html')}#/${page}`;
}

/**
 * A tip, hidden until the page script finds the page opened on its own (not inside the shell):
 * opening index.html keeps progress on every page, whatever the browser.
 */
export function addNotice(root: HTMLElement, file: string): void {
	const where = root.querySelector('main') ?? root.querySelector('body');
	if (!where) return;
	where.insertAdjacentHTML(
		'afterbegin',
		`<div class="callout callout--tip offline-notice" role="note" aria-label="${escapeHtml(t('offline.noticeLabel'))}" data-offline-notice hidden>` +
			`<p>${escapeHtml(t('offline.notice'))}</p>` +
			`<p><a href="${escapeHtml(shellAddress(file))}" target="_top">${escapeHtml(t('offline.noticeLink'))}</a></p></div>`,
	);
}

/**
 * Loads the offline step's page script (storage bridge, talks to the shell, or shows the tip).
 * It goes first in <head>: deferred scripts run in document order, so the bridge is installed
 * before any script of the page asks for storage.
 */
export function addPageScript(root: HTMLElement, file: string): void {
	const head = root.querySelector('head');
	const charset = head?.querySelector('meta[charset]');
	if (charset) {
		charset.insertAdjacentHTML('afterend', `<script defer src="${escapeHtml(relativePath(file, PAGE_SCRIPT))}"></script>`);
		return;
	}
	head?.insertAdjacentHTML('afterbegin', `<script defer src="${escapeHtml(relativePath(file, PAGE_SCRIPT))}"></script>`);
}

/**
 * In a one-language zip, the way to the other language's pages goes where those pages are not:
 * the language switch (with its offer of the other edition) and the `<link rel="alternate"
 * hreflang>` are removed when the page they lead to is not in the copy. (The switch of an English
 * page in the French zip leads to a French page, so it stays.)
 */
export function removeAbsentEditions(root: HTMLElement, file: string, ctx: UrlContext): void {
	const leadsNowhere = (url: string) => {
		const quiet: UrlContext = { base: ctx.base, exists: ctx.exists, problems: [] };
		siteTarget(url, file, quiet);
		return quiet.problems.length > 0;
	};
	for (const link of root.querySelectorAll('link[rel~="alternate"][hreflang]')) {
		if (leadsNowhere(link.getAttribute('href') ?? '')) link.remove();
	}
	for (const switcher of root.querySelectorAll('[data-module="language-switch"]')) {
		const link = switcher.querySelector('a[data-lang-switch]');
		if (!link || leadsNowhere(link.getAttribute('href') ?? '')) switcher.remove();
	}
}

/**
 * A search box on a page whose language's search files are not in the copy (an English page of
 * an English-only module, in the French zip) becomes a plain form: it opens the copy's own search
 * page with the words typed, instead of loading an index whose results the copy does not hold.
 * Its data-search-root-href stays: the page's lazy scripts find the site's root there.
 */
export function plainSearchForms(root: HTMLElement): void {
	for (const box of root.querySelectorAll('[data-module="search"]')) box.removeAttribute('data-module');
}
