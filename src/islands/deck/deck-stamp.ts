/** When a deck state was made by a trainer's action, and in which window. */
export interface DeckStamp {
	/** Date.now() in the window that acted; 0 while no one has acted on this state. */
	at: number;
	/** The id of that window: breaks a tie of `at`. */
	by: string;
}

/** A new window's id: random, so two windows never share one. */
export function windowId(): string {
	return Math.random().toString(36).slice(2);
}

/** The stamp of a local action: now, but after the stamp held, so that it always wins. */
export function stampNow(held: DeckStamp, by: string, now = Date.now()): DeckStamp {
	return { at: Math.max(now, held.at + 1), by };
}

/**
 * Whether a state received from the other window replaces the one held. The last action wins:
 * an answer to a hello can arrive after a key pressed meanwhile, and must not undo it. Both
 * windows run one clock (one browser), and a tie goes to the greater id in both, so they end
 * on the same state. Before anyone acts (both at 0), a window that just joined takes the state
 * of the window that answers it, as it always has. The same stamp is an echo or a duplicate.
 */
export function takesOver(received: DeckStamp, held: DeckStamp): boolean {
	if (received.at === held.at && received.by === held.by) return false;
	if (received.at === 0 && held.at === 0) return true;
	return received.at > held.at || (received.at === held.at && received.by > held.by);
}
