import { getStorageArea, storageReady } from '../../lib/storage/storage-access';

/** The language the learner chose, on this device (a `cds:` key: "Forget me" erases it too). */
export const LANGUAGE_KEY = 'cds:language';

function readChoice(): string | undefined {
	try {
		return getStorageArea()?.getItem(LANGUAGE_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

function saveChoice(locale: string): void {
	try {
		getStorageArea()?.setItem(LANGUAGE_KEY, locale);
	} catch {
		// Storage refused: the link still works; the offer may show again.
	}
}

/** Of the two languages, the one the browser puts first (undefined when it lists neither). */
export function preferredOf(languages: readonly string[], here: string, other: string): string | undefined {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (primary === here || primary === other) return primary;
	}
	return undefined;
}

/**
 * Whether to offer the other edition in one line: on a first visit (no choice saved) when the
 * browser prefers that language; or on the home page when the learner chose that language before
 * (the offline copy opens the English home).
 */
export function shouldOffer(saved: string | undefined, preferred: string | undefined, other: string, onHome: boolean): boolean {
	if (saved === undefined) return preferred === other;
	return saved === other && onHome;
}

/**
 * Enhances the header's language link (a plain link without script): following it remembers the
 * choice; and the one-line offer of the other edition, fixed at the bottom of the window, so it
 * moves nothing on the page (no layout shift). Never a redirect.
 */
export function initLanguageSwitch(link: HTMLAnchorElement): void {
	const other = link.hreflang;
	const here = document.documentElement.lang;
	link.addEventListener('click', () => saveChoice(other));
	if (link.dataset.offer === undefined) return;
	void storageReady().then(() => {
		const preferred = preferredOf(navigator.languages ?? [navigator.language], here, other);
		if (!shouldOffer(readChoice(), preferred, other, link.dataset.home !== undefined)) return;
		const { offer = '', offerLink = '', offerDismiss = '', offerLabel = '' } = link.dataset;
		const bar = Object.assign(document.createElement('aside'), { className: 'lang-offer', lang: other });
		bar.setAttribute('aria-label', offerLabel);
		const go = Object.assign(document.createElement('a'), { href: link.href, hreflang: other, textContent: offerLink });
		go.addEventListener('click', () => saveChoice(other));
		const close = Object.assign(document.createElement('button'), { type: 'button', className: 'lang-offer__close', textContent: offerDismiss });
		close.addEventListener('click', () => {
			saveChoice(here);
			bar.remove();
		});
		const text = document.createElement('p');
		text.append(`${offer} `, go);
		bar.append(text, close);
		document.body.append(bar);
	});
}
