/**
 * A smaller way to write lunr's serialised index, for the offline index script (its size is a
 * target: the whole course in 80 KB gzip). lunr's own JSON repeats every document id and field
 * name for every word; here documents and words are numbers, and word numbers in each field
 * vector are written as the gap from the previous one (about 30 % smaller once gzipped).
 * `unpackIndex` gives back an index lunr loads and ranks exactly as the original (unit-tested).
 */

/** lunr's serialised index (`lunr.Index#toJSON()`), as far as packing needs it. */
export interface LunrIndexJson {
	version: string;
	fields: string[];
	fieldVectors: [string, number[]][];
	invertedIndex: [string, { _index: number } & Record<string, Record<string, object> | number>][];
	pipeline: string[];
}

export interface PackedIndex {
	version: string;
	fields: string[];
	pipeline: string[];
	/** Document ids; documents are numbered by their place here. */
	refs: string[];
	/** Indexed words, sorted; a word's number is its place here. */
	terms: string[];
	/** For each word, for each field: the numbers of the documents that hold it. */
	postings: number[][][];
	/** For each field vector: field number, document number, then word-number gaps and weights, interleaved. */
	vectors: number[][];
}

export function packIndex(json: LunrIndexJson): PackedIndex {
	const refs = [...new Set(json.fieldVectors.map(([key]) => key.slice(key.indexOf('/') + 1)))];
	const refNumber = new Map(refs.map((r, i) => [r, i]));
	const entries = [...json.invertedIndex].sort((a, b) => (a[0] < b[0] ? -1 : 1));
	const termNumber = new Map(entries.map(([, posting], i) => [posting._index, i]));
	const postings = entries.map(([, posting]) => json.fields.map((field) => Object.keys(posting[field] as Record<string, object>).map((ref) => refNumber.get(ref)!)));
	const vectors = json.fieldVectors.map(([key, values]) => {
		const slash = key.indexOf('/');
		const pairs: [number, number][] = [];
		for (let i = 0; i < values.length; i += 2) pairs.push([termNumber.get(values[i]!)!, values[i + 1]!]);
		pairs.sort((a, b) => a[0] - b[0]);
		let previous = 0;
		const out = [json.fields.indexOf(key.slice(0, slash)), refNumber.get(key.slice(slash + 1))!];
		for (const [term, weight] of pairs) {
			out.push(term - previous, weight);
			previous = term;
		}
		return out;
	});
	return { version: json.version, fields: json.fields, pipeline: json.pipeline, refs, terms: entries.map(([term]) => term), postings, vectors };
}

export function unpackIndex(packed: PackedIndex): LunrIndexJson {
	const invertedIndex = packed.terms.map((term, i): LunrIndexJson['invertedIndex'][number] => {
		const posting: { _index: number } & Record<string, Record<string, object>> = { _index: i } as never;
		packed.fields.forEach((field, f) => {
			posting[field] = Object.fromEntries((packed.postings[i]![f] ?? []).map((doc) => [packed.refs[doc]!, {}]));
		});
		return [term, posting];
	});
	const fieldVectors = packed.vectors.map((vector): [string, number[]] => {
		const values: number[] = [];
		let term = 0;
		for (let i = 2; i < vector.length; i += 2) {
			term += vector[i]!;
			values.push(term, vector[i + 1]!);
		}
		return [`${packed.fields[vector[0]!]}/${packed.refs[vector[1]!]}`, values];
	});
	return { version: packed.version, fields: packed.fields, fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
