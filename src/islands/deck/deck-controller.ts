import { DeckKeys, type KeyCommand } from './deck-keys';
import { DeckLink } from './deck-link';
import { stampNow, takesOver, windowId, type DeckStamp } from './deck-stamp';
import { hashFor, indexFromHash, initialState, reduce, sameState, type DeckAction, type DeckShape, type DeckState } from './deck-state';

/** What a view of the deck (presenter or notes) does with the shared state and page commands. */
export interface DeckViewHooks {
	render(state: DeckState): void;
	/** Keys that are not moves of the deck: full screen, theme, help, typing a number. */
	command?(command: KeyCommand, state: DeckState): void;
}

const INTERACTIVE = 'a, button, summary, input, select, textarea, [contenteditable]';

/**
 * The one loop both views share: keys and buttons give actions, the reducer gives the next
 * state, the view draws it, the address hash follows, and the other window is told. The last
 * action wins, in either window (deck-stamp.ts).
 */
export class DeckController {
	readonly link: DeckLink;
	/** This view of the module's next lesson (from the page), where "Next" goes after the last slide. */
	readonly #nextDeck?: string;
	readonly #shape: DeckShape;
	readonly #view: DeckViewHooks;
	readonly #keys = new DeckKeys();
	#state: DeckState;
	readonly #id = windowId();
	/** Who made the state held, and when: no one yet. */
	#stamp: DeckStamp = { at: 0, by: this.#id };

	constructor(deckId: string, shape: DeckShape, view: DeckViewHooks, nextDeck?: string) {
		this.#nextDeck = nextDeck || undefined;
		this.#shape = shape;
		this.#view = view;
		this.link = new DeckLink(deckId);
		this.#state = { ...initialState, index: indexFromHash(location.hash, shape.count) ?? 0 };
		this.link.onMessage((message) => {
			if (message.type === 'hello') this.link.sendState(this.#state, this.#stamp);
			else if (message.type === 'next-deck') this.#openNextDeck();
			else if (takesOver(message, this.#stamp)) {
				this.#stamp = { at: message.at, by: message.by };
				this.#show(message.state);
			}
		});
		document.addEventListener('keydown', (event) => this.#onKey(event));
		window.addEventListener('hashchange', () => {
			const index = indexFromHash(location.hash, shape.count);
			if (index !== undefined && index !== this.#state.index) this.#act({ ...initialState, index });
		});
		view.render(this.#state);
		this.link.sayHello();
	}

	get state(): DeckState {
		return this.#state;
	}

	dispatch(action: DeckAction): void {
		const next = reduce(this.#state, action, this.#shape);
		// "Next" on the last slide (answer shown, screen on): the module goes on with its next lesson.
		if (action.type === 'next' && this.#nextDeck && sameState(next, this.#state) && this.#state.index === this.#shape.count - 1) {
			this.link.sayNextDeck();
			this.#openNextDeck();
			return;
		}
		this.#act(next);
	}

	/** Opens this view of the next lesson, in this window; the other window opens its own. */
	#openNextDeck(): void {
		if (this.#nextDeck) location.assign(this.#nextDeck);
	}

	#onKey(event: KeyboardEvent): void {
		const target = event.target as Element | null;
		// An open dialog (the list of keys) keeps its keys; Escape closes it natively.
		if (target?.closest?.('dialog')) return;
		// Space and Enter keep their usual job on a focused button, link or answer.
		if ((event.key === ' ' || event.key === 'Enter') && target?.closest?.(INTERACTIVE)) return;
		if (target?.closest?.('input, select, textarea, [contenteditable]')) return;
		const command = this.#keys.command(event);
		if (!command) return;
		event.preventDefault();
		if (command.type === 'cancel' && this.#state.blank) this.dispatch({ type: 'toggle-blank' });
		if (command.type === 'goto' || command.type === 'next' || command.type === 'previous' || command.type === 'first' || command.type === 'last' || command.type === 'toggle-answer' || command.type === 'toggle-blank') {
			this.dispatch(command);
		}
		this.#view.command?.(command, this.#state);
	}

	/**
	 * A trainer's action here: stamped and told even when it changes nothing here, since it is
	 * still the latest word (End pressed on the last slide must beat an older answer on its way).
	 */
	#act(next: DeckState): void {
		this.#stamp = stampNow(this.#stamp, this.#id);
		this.#show(next);
		this.link.sendState(next, this.#stamp);
	}

	#show(next: DeckState): void {
		const changed = !sameState(next, this.#state);
		this.#state = next;
		if (!changed) return;
		this.#view.render(next);
		const hash = hashFor(next.index);
		if (location.hash !== hash) {
			try {
				history.replaceState(history.state, '', hash);
			} catch {
				location.replace(hash);
			}
		}
	}
}
