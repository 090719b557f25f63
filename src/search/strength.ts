/**
 * Which results match a query well. A word found in most lessons ("text", "safe") gives every
 * lesson some score, so a query returns nearly the whole course; the learner should first see
 * the lessons that match much better than the rest. Both engines rank, then use this.
 */

/** A result matches well when it scores at least this share of the best result. */
export const STRONG_SHARE = 0.3;
/** At most this many results are shown before "More results": they fit in the first screens. */
export const MAX_STRONG = 5;

/** How many of the results (scores ranked best first) match well: at least one when any. */
export function countStrong(ranked: number[]): number {
	const best = ranked[0];
	if (best === undefined || !(best > 0)) return ranked.length > 0 ? Math.min(ranked.length, MAX_STRONG) : 0;
	let strong = 0;
	while (strong < ranked.length && strong < MAX_STRONG && ranked[strong]! >= best * STRONG_SHARE) strong++;
	return strong;
}
