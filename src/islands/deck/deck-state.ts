/** Where a slide show stands. The presenter view and the notes view share it. */
export interface DeckState {
	/** 0-based index of the current slide. */
	index: number;
	/** Whether the current slide's answer is showing (quiz slides). */
	revealed: boolean;
	/** Whether the screen is blanked. */
	blank: boolean;
}

/** What the state machine needs to know of the deck. */
export interface DeckShape {
	count: number;
	/** Whether the slide at this index has an answer to reveal before moving on. */
	hasAnswer: (index: number) => boolean;
}

export type DeckAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; number: number }
	| { type: 'toggle-answer' }
	| { type: 'toggle-blank' };

export const initialState: DeckState = { index: 0, revealed: false, blank: false };

const clamp = (index: number, shape: DeckShape) => Math.min(Math.max(index, 0), shape.count - 1);
const at = (index: number, shape: DeckShape): DeckState => ({ index: clamp(index, shape), revealed: false, blank: false });

/**
 * The next state after an action. "Next" on a question first reveals its answer, as a clicker
 * user expects; "previous" hides it again. Moving while the screen is blank first brings the
 * slide back, so a stray B never loses the trainer's place.
 */
export function reduce(state: DeckState, action: DeckAction, shape: DeckShape): DeckState {
	if (state.blank && action.type !== 'toggle-blank' && action.type !== 'goto') return { ...state, blank: false };
	switch (action.type) {
		case 'next':
			if (shape.hasAnswer(state.index) && !state.revealed) return { ...state, revealed: true };
			return state.index + 1 < shape.count ? at(state.index + 1, shape) : state;
		case 'previous':
			if (state.revealed) return { ...state, revealed: false };
			return at(state.index - 1, shape);
		case 'first':
			return at(0, shape);
		case 'last':
			return at(shape.count - 1, shape);
		case 'goto':
			return Number.isInteger(action.number) && action.number >= 1 && action.number <= shape.count ? at(action.number - 1, shape) : { ...state, blank: false };
		case 'toggle-answer':
			return shape.hasAnswer(state.index) ? { ...state, revealed: !state.revealed } : state;
		case 'toggle-blank':
			return { ...state, blank: !state.blank };
	}
}

/** The address hash of a slide: index 2 -> "#slide-3". */
export function hashFor(index: number): string {
	return `#slide-${index + 1}`;
}

/** The slide index an address hash points to, or undefined. */
export function indexFromHash(hash: string, count: number): number | undefined {
	const match = /^#slide-(\d+)$/.exec(hash);
	const number = match ? Number(match[1]) : NaN;
	return number >= 1 && number <= count ? number - 1 : undefined;
}

export function sameState(a: DeckState, b: DeckState): boolean {
	return a.index === b.index && a.revealed === b.revealed && a.blank === b.blank;
}
