import type { Segment } from './excerpt';

/**
 * French elisions: "l’arnaque", "d’identité", "qu’un". Search engines read "l’arnaque" as one word
 * (Unicode word rules keep an apostrophe between letters), so a learner's "arnaque" would not find
 * it. For Pagefind, French pages are indexed with a space after each elision, and the space is
 * taken out again in what the learner sees (titles, excerpts). The offline index needs none of
 * this: it indexes a joined word's parts too (words.ts).
 */
const ELISION = /(?<![\p{L}\p{N}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’])(?=[\p{L}])/giu;
const SPLIT_ELISION = /(?<![\p{L}\p{N}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]) (?=[\p{L}])/giu;
const ENDS_IN_SPLIT_ELISION = /(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’] $/iu;

/** "l’arnaque" -> "l’ arnaque": the word after an elision stands on its own. */
export function separateElisions(text: string): string {
	return text.replace(ELISION, '$1 ');
}

/** "l’ arnaque" -> "l’arnaque": the text as written, for the learner. */
export function rejoinElisions(text: string): string {
	return text.replace(SPLIT_ELISION, '$1');
}

/** rejoinElisions over an excerpt, where the elision and its word may be in two segments ("l’ " + marked "arnaque"). */
export function rejoinSegments(segments: Segment[]): Segment[] {
	return segments.map((segment, i) => {
		let text = rejoinElisions(segment.text);
		if (i < segments.length - 1 && ENDS_IN_SPLIT_ELISION.test(text) && /^\p{L}/u.test(segments[i + 1]!.text)) text = text.slice(0, -1);
		return { ...segment, text };
	});
}
