import type { DeckState } from './deck-state';
import type { DeckStamp } from './deck-stamp';

/** What the windows showing one deck say to each other. */
export type DeckMessage =
	/** The whole state, stamped with the action that made it (deck-stamp.ts). */
	| ({ source: 'cds-deck'; deck: string; type: 'state'; state: DeckState } & DeckStamp)
	| { source: 'cds-deck'; deck: string; type: 'hello' }
	/** The deck moves on to the module's next lesson: each window opens its own view of it. */
	| { source: 'cds-deck'; deck: string; type: 'next-deck' };

type Listener = (message: DeckMessage) => void;

const HELLO_EVERY_MS = 500;
const HELLO_TRIES = 20;

function isDeckMessage(data: unknown, deck: string): data is DeckMessage {
	const message = data as Partial<DeckMessage> | null;
	return typeof message === 'object' && message !== null && message.source === 'cds-deck' && message.deck === deck;
}

/**
 * Keeps the presenter view and the notes view of a deck in step. Two ways, because each fails
 * somewhere: a BroadcastChannel reaches every window of the site when it is served, but not
 * between file:// pages (the offline zip); window.postMessage between a window and the one it
 * opened works there too. Messages carry the whole state and its stamp, so getting one twice is
 * harmless.
 */
export class DeckLink {
	readonly #deck: string;
	readonly #peers = new Set<Window>();
	#channel?: BroadcastChannel;
	#listeners: Listener[] = [];
	/** Whether another window has written to this one yet. */
	#heard = false;

	constructor(deck: string) {
		this.#deck = deck;
		try {
			this.#channel = new BroadcastChannel(`cds-deck:${deck}`);
			this.#channel.addEventListener('message', (event) => this.#receive(event.data));
		} catch {
			this.#channel = undefined; // No BroadcastChannel here: the window link alone will do.
		}
		if (window.opener) this.#peers.add(window.opener as Window);
		window.addEventListener('message', (event) => {
			if (!isDeckMessage(event.data, this.#deck)) return;
			// Answer whoever wrote to us, even a window we did not open.
			if (event.source && event.source !== window) this.#peers.add(event.source as Window);
			this.#receive(event.data);
		});
	}

	/** Adds a window this one opened (window.open keeps the reference, from file:// too). */
	addPeer(peer: Window | null): void {
		if (peer) this.#peers.add(peer);
	}

	onMessage(listener: Listener): void {
		this.#listeners.push(listener);
	}

	sendState(state: DeckState, stamp: DeckStamp): void {
		this.#send({ source: 'cds-deck', deck: this.#deck, type: 'state', state, at: stamp.at, by: stamp.by });
	}

	/**
	 * Asks the other windows for their state; they answer with sendState. It asks again until one
	 * answers (for up to 10 s): when both windows move on to the next lesson from file://, with no
	 * BroadcastChannel, the window that opened the other may still be loading its new page when the
	 * first hello comes, and only a hello it hears tells it where the other window is now.
	 */
	sayHello(): void {
		const hello = () => this.#send({ source: 'cds-deck', deck: this.#deck, type: 'hello' });
		hello();
		let tries = 0;
		const again = setInterval(() => {
			if (this.#heard || ++tries > HELLO_TRIES) clearInterval(again);
			else hello();
		}, HELLO_EVERY_MS);
	}

	/** Tells the other windows the deck moves on to the next lesson. */
	sayNextDeck(): void {
		this.#send({ source: 'cds-deck', deck: this.#deck, type: 'next-deck' });
	}

	#send(message: DeckMessage): void {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// A closed channel: the window link still carries the message.
		}
		for (const peer of this.#peers) {
			try {
				if (peer.closed) this.#peers.delete(peer);
				// "*": file:// pages have an opaque origin; the message holds nothing private.
				else peer.postMessage(message, '*');
			} catch {
				this.#peers.delete(peer);
			}
		}
	}

	#receive(data: unknown): void {
		if (!isDeckMessage(data, this.#deck)) return;
		this.#heard = true;
		for (const listener of this.#listeners) listener(data);
	}
}
