import { startAll } from '../lib/start-all';

/**
 * "Menu" and "Search" in the folded header (Header.astro) behave as the best sites' menus do
 * (GOV.UK's service navigation, Starlight's mobile menu): Escape closes the open panel and puts
 * the focus back on its button; a click, a tap or the keyboard's focus outside it closes it (an
 * open panel lies over the page, and must not hide what the learner moves to); opening one closes
 * the other (the `name` attribute does that too, in browsers from 2024 on).
 * Without JavaScript the <details> still open and close. This script loads only when a learner
 * first opens a panel (the trigger in Header.astro), so no page carries it before.
 */
export function initHeaderPanels(header: HTMLElement): void {
	const panels = [...header.querySelectorAll('details')];
	const closeAllBut = (target: EventTarget | null) => {
		for (const panel of panels) if (panel.open && !panel.contains(target as Node | null)) panel.open = false;
	};
	document.addEventListener('keydown', (event) => {
		// The header's search results take the first Escape (they call preventDefault).
		const open = panels.find((panel) => panel.open);
		if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
		open.open = false;
		open.querySelector('summary')?.focus();
	});
	document.addEventListener('pointerdown', (event) => closeAllBut(event.target));
	document.addEventListener('focusin', (event) => closeAllBut(event.target));
	for (const panel of panels) panel.addEventListener('toggle', () => panel.open && closeAllBut(panel));
}

startAll('header-panels', initHeaderPanels);
