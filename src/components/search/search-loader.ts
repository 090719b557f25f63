import { languageCode } from '../../search/language';
import { searchPageAddress, searchUi } from '../../search/paths';

/**
 * The only search code on every page (a few hundred bytes): it loads the search interface the
 * first time a learner focuses or types in a search box, with the results' styles, so pages
 * stay light until then. The search page asks for it at once (data-search-autoload).
 */
export function initSearchLoader(): void {
	const boxes = [...document.querySelectorAll<HTMLElement>('[data-module="search"]')];
	let requested = false;
	const load = () => {
		if (requested || !boxes[0]?.dataset.searchRootHref) return;
		requested = true;
		const root = new URL(boxes[0].dataset.searchRootHref, document.baseURI);
		// The interface of the page's language: its words, synonyms and index (a French page, the French ones).
		const files = searchUi(languageCode(document.documentElement.lang));
		const styles = document.createElement('link');
		styles.rel = 'stylesheet';
		styles.href = new URL(files.uiStyles, root).href;
		const script = document.createElement('script');
		script.src = new URL(files.ui, root).href;
		script.addEventListener('error', () => {
			console.warn('The search interface did not load.');
			for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = false;
		});
		// The script waits for the results' styles, so results never show unstyled; without the
		// styles, search still works.
		const addScript = () => document.head.append(script);
		styles.addEventListener('load', addScript, { once: true });
		styles.addEventListener('error', addScript, { once: true });
		document.head.append(styles);
	};
	// Scripts run: the note for browsers without JavaScript is not for this one.
	for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;
	for (const box of boxes) {
		box.addEventListener('focusin', load);
		box.addEventListener('input', load);
		if (box.hasAttribute('data-search-autoload')) load();
		// "Search" in a folded header (Header.astro) opens the box: the cursor goes in it, ready to type.
		const panel = box.closest('details');
		panel?.addEventListener('toggle', () => panel.open && box.querySelector('input')?.focus());
		// From file:// a form cannot open a folder's index.html: until the interface is ready, go there directly.
		box.querySelector('form')?.addEventListener('submit', (event) => {
			const form = event.currentTarget as HTMLFormElement;
			if (box.dataset.searchReady || location.protocol !== 'file:') return;
			event.preventDefault();
			location.assign(searchPageAddress(form, form.querySelector('input')?.value ?? '').href);
		});
	}
}
