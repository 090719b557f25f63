import type { DeckController } from './deck-controller';
import { hashFor } from './deck-state';

/**
 * Opens the other view (notes from the slides, or slides from the notes) in its own window at
 * the current slide, and keeps the window's reference: from file:// that reference is the only
 * way the two windows can talk. If the browser blocks the pop-up, the link opens as usual.
 */
export function openPeer(event: MouseEvent, controller: DeckController): void {
	const link = event.currentTarget as HTMLAnchorElement;
	const url = link.href.split('#')[0] + hashFor(controller.state.index);
	const opened = window.open(url, link.target || '_blank');
	if (!opened) return;
	event.preventDefault();
	controller.link.addPeer(opened);
}
