/**
 * Draws the pretend browser's state into its server-rendered window: which page shows, the
 * address bar, the tabs, the padlock, the zoom. Knows nothing of tasks.
 */
import { fill } from '../../i18n/fill';
import { type Strings } from '../../i18n/page-strings';
import { canGoBack, canGoForward, currentAddress, type BrowserState } from './browser-model';
import { findPage } from './tasks';

export interface BrowserParts {
	tabs: HTMLUListElement;
	addressBar: HTMLInputElement;
	back: HTMLButtonElement;
	forward: HTMLButtonElement;
	lock: HTMLButtonElement;
	siteInfo: HTMLElement;
	viewport: HTMLElement;
	pages: HTMLElement[];
	zoomLevel: HTMLElement;
	note: HTMLElement;
	menu: HTMLElement;
	menuButton: HTMLButtonElement;
}

export function findParts(live: HTMLElement): BrowserParts {
	const one = <E extends Element>(selector: string) => {
		const el = live.querySelector<E>(selector);
		if (!el) throw new Error(`practice-browser: missing ${selector}`);
		return el;
	};
	return {
		tabs: one('[data-tabs]'),
		addressBar: one('[data-address-bar]'),
		back: one('[data-action="back"]'),
		forward: one('[data-action="forward"]'),
		lock: one('[data-action="site-info"]'),
		siteInfo: one('[data-site-info]'),
		viewport: one('[data-viewport]'),
		pages: [...live.querySelectorAll<HTMLElement>('[data-page]')],
		zoomLevel: one('[data-zoom-level]'),
		note: one('[data-page-note]'),
		menu: one('[data-menu]'),
		menuButton: one('[data-action="menu"]'),
	};
}

/** The page element for an address: a pretend page, the new-tab page, or "not found". */
export function pageFor(parts: BrowserParts, address: string): HTMLElement {
	const known = parts.pages.filter((p) => p.dataset.address);
	const page = address === '' ? parts.pages.find((p) => p.dataset.page === '') : findPage(known.map((el) => ({ el, address: el.dataset.address! })), address)?.el;
	return page ?? parts.pages.find((p) => p.dataset.page === 'not-found')!;
}

function tabItem(title: string, index: number, current: boolean, strings: Strings): HTMLLIElement {
	const item = document.createElement('li');
	item.className = current ? 'pb__tab pb__tab--current' : 'pb__tab';
	const open = Object.assign(document.createElement('button'), { type: 'button', className: 'pb__tab-button', textContent: title });
	open.dataset.action = 'switch-tab';
	open.dataset.index = String(index);
	if (current) open.setAttribute('aria-current', 'true');
	const close = Object.assign(document.createElement('button'), { type: 'button', className: 'pb__tab-close', textContent: '×' });
	close.dataset.action = 'close-tab';
	close.dataset.index = String(index);
	close.setAttribute('aria-label', fill(strings.closeTab, { title }));
	item.append(open, close);
	return item;
}

export function render(parts: BrowserParts, state: BrowserState, strings: Strings): void {
	const address = currentAddress(state);
	const shown = pageFor(parts, address);
	for (const page of parts.pages) page.hidden = page !== shown;
	parts.addressBar.value = address;
	parts.back.disabled = !canGoBack(state);
	parts.forward.disabled = !canGoForward(state);
	const lock = address === '' || shown.dataset.page === 'not-found' ? 'none' : address.startsWith('https://') ? 'secure' : 'insecure';
	parts.lock.dataset.lock = lock;
	// The visible words ("Not secure") start the button's name, as WCAG 2.5.3 asks.
	parts.lock.setAttribute('aria-label', lock === 'insecure' ? strings.notSecureLabel ?? '' : strings.siteInfo ?? '');
	for (const p of parts.siteInfo.querySelectorAll<HTMLElement>('[data-when]')) p.hidden = p.dataset.when !== lock;
	parts.tabs.replaceChildren(
		...state.tabs.map((tab, i) => tabItem(pageFor(parts, tab.history[tab.index] ?? '').dataset.title ?? '', i, i === state.active, strings)),
	);
	parts.viewport.style.setProperty('--pb-zoom', String(state.zoom / 100));
	parts.zoomLevel.textContent = fill(strings.zoomLevel, { zoom: state.zoom });
	const note = shown.dataset.note;
	parts.note.hidden = !note;
	parts.note.querySelector('[data-note-text]')!.textContent = note ?? '';
}

export function closeSiteInfo(parts: BrowserParts): void {
	parts.siteInfo.hidden = true;
	parts.lock.setAttribute('aria-expanded', 'false');
}
