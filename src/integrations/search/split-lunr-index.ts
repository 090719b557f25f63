import type { LunrPart } from '../../search/lunr-parts';
import type { LunrPayload } from '../../search/types';

/**
 * Cuts the packed offline index into parts of whole modules: `groups` are runs of lessons, one
 * run per part, which together list every lesson once, in index order (joinParts then gives back
 * the same index).
 */
export function splitIndex({ index, docs }: LunrPayload, groups: readonly string[][]): LunrPart[] {
	const globalNumber = new Map(index.refs.map((ref, i) => [ref, i]));
	const docById = new Map(docs.map((d) => [d.id, d]));
	return groups.map((ids) => {
		const local = new Map(ids.map((id, i) => [globalNumber.get(id)!, i]));
		const part: LunrPart = { docs: ids.map((id) => docById.get(id)!), terms: [], termGaps: [], postings: [], vectors: [] };
		let previous = 0;
		index.terms.forEach((term, t) => {
			const fields = index.postings[t]!.map((numbers) => numbers.filter((n) => local.has(n)).map((n) => local.get(n)!));
			if (fields.every((f) => f.length === 0)) return;
			part.terms.push(term);
			part.termGaps.push(t - previous);
			part.postings.push(fields);
			previous = t;
		});
		for (const vector of index.vectors) if (local.has(vector[1]!)) part.vectors.push([vector[0]!, local.get(vector[1]!)!, ...vector.slice(2)]);
		return part;
	});
}
