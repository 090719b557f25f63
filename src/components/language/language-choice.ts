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
 * (the English offline zip opens the English home).
 */
export function shouldOffer(saved: string | undefined, preferred: string | undefined, other: string, onHome: boolean): boolean {
	if (saved === undefined) return preferred === other;
	return saved === other && onHome;
}

/**
 * Enhances the header's language link (a plain link without script): following it remembers the
 * choice; and shows the one-line offer of the other edition (a <template> beside the link, in that
 * language's words), fixed at the bottom of the window, so it moves nothing on the page (no layout
 * shift). Never a redirect.
 */
export function initLanguageSwitch(root: HTMLElement): void {
	const link = root.querySelector<HTMLAnchorElement>('a[hreflang]');
	const offer = root.querySelector('template')?.content.firstElementChild;
	if (!link) return;
	const other = link.hreflang;
	const here = document.documentElement.lang;
	link.addEventListener('click', () => saveChoice(other));
	if (!offer) return;
	void storageReady().then(() => {
		if (!shouldOffer(readChoice(), preferredOf(navigator.languages ?? [navigator.language], here, other), other, link.dataset.home !== undefined)) return;
		const bar = document.body.appendChild(offer.cloneNode(true) as HTMLElement);
		bar.querySelector('a')?.addEventListener('click', () => saveChoice(other));
		bar.querySelector('button')?.addEventListener('click', () => {
			saveChoice(here);
			bar.remove();
		});
	});
}
