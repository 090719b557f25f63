import type { PackedIndex } from './lunr-pack';
import type { LunrPayload, SearchDoc } from './types';

/**
 * The offline index in parts, once one script would pass its size budget (80 KB gzip): each part
 * holds a run of whole modules, cut from ONE index of the whole course, so word weights are the
 * course's and ranking is exactly that of the single index once the parts are joined. Each part
 * is a classic script (search/lunr-index-N.js, loadable from file://); search/lunr-index.js then
 * holds only what is shared and the parts' addresses.
 */
export interface LunrManifest {
	version: string;
	fields: string[];
	pipeline: string[];
	/** Site paths of the parts, in order ("search/lunr-index-1.js"). */
	parts: string[];
}

export interface LunrPart {
	/** The lessons of this part, in index order; their place here is their number in the part. */
	docs: SearchDoc[];
	/** Words found in this part's lessons, sorted. */
	terms: string[];
	/** Each word's number in the whole index, written as the gap from the previous word's. */
	termGaps: number[];
	/** For each word, for each field: the numbers (in this part) of the lessons that hold it. */
	postings: number[][][];
	/** Field vectors as in PackedIndex, with lesson numbers of this part (word numbers of the whole index). */
	vectors: number[][];
}

/** The whole index back from all its parts, in order: exactly the packed index they were cut from. */
export function joinParts(manifest: LunrManifest, parts: readonly LunrPart[]): LunrPayload {
	const docs: SearchDoc[] = [];
	const terms: string[] = [];
	const postings: number[][][] = [];
	const vectors: number[][] = [];
	for (const part of parts) {
		const offset = docs.length;
		docs.push(...part.docs);
		let term = 0;
		part.terms.forEach((word, i) => {
			term += part.termGaps[i]!;
			terms[term] = word;
			const fields = (postings[term] ??= manifest.fields.map(() => []));
			part.postings[i]!.forEach((numbers, f) => fields[f]!.push(...numbers.map((n) => n + offset)));
		});
		for (const vector of part.vectors) vectors.push([vector[0]!, vector[1]! + offset, ...vector.slice(2)]);
	}
	const index: PackedIndex = { version: manifest.version, fields: manifest.fields, pipeline: manifest.pipeline, refs: docs.map((d) => d.id), terms, postings, vectors };
	return { index, docs };
}
