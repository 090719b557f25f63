import type { DeckAction } from './deck-state';

/** Commands a key can give: a move of the deck, or something the page does itself. */
export type KeyCommand = DeckAction | { type: 'fullscreen' } | { type: 'theme' } | { type: 'help' } | { type: 'typing'; digits: string } | { type: 'cancel' };

/** The part of a KeyboardEvent the key map reads. */
export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

/**
 * Turns key presses into commands. Clickers send PageDown/PageUp (some send arrows, and "." or
 * "b" for a blank screen). A number typed then Enter jumps to that slide; the digits typed so far
 * are kept here between presses.
 */
export class DeckKeys {
	#digits = '';

	/** The command for a key, or undefined when the key is not ours (the browser keeps it). */
	command(press: KeyPress): KeyCommand | undefined {
		if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
		const { key } = press;
		if (/^[0-9]$/.test(key)) {
			this.#digits = (this.#digits + key).slice(-4);
			return { type: 'typing', digits: this.#digits };
		}
		if (key === 'Enter' && this.#digits) {
			const number = Number(this.#digits);
			this.#digits = '';
			return { type: 'goto', number };
		}
		if (key === 'Escape' || key === 'Backspace') {
			const hadDigits = this.#digits !== '';
			this.#digits = '';
			return hadDigits || key === 'Escape' ? { type: 'cancel' } : undefined;
		}
		this.#digits = '';
		if (key === ' ' && press.shiftKey) return { type: 'previous' };
		if (NEXT.has(key)) return { type: 'next' };
		if (PREVIOUS.has(key)) return { type: 'previous' };
		if (key === 'Home') return { type: 'first' };
		if (key === 'End') return { type: 'last' };
		if (key === 'f' || key === 'F') return { type: 'fullscreen' };
		if (key === 'b' || key === 'B' || key === '.') return { type: 'toggle-blank' };
		if (key === 'a' || key === 'A') return { type: 'toggle-answer' };
		if (key === 't' || key === 'T') return { type: 'theme' };
		if (key === '?') return { type: 'help' };
		return undefined;
	}

	/** Digits typed so far, for the counter to show. */
	get digits(): string {
		return this.#digits;
	}
}
