import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from '../../../src/search/lunr-index';
import { packIndex, unpackIndex, type LunrIndexJson } from '../../../src/search/lunr-pack';
import { fixtureSources } from '../../fixtures/search-sources';

describe('packing the offline index', () => {
	const original = buildLunrIndex(fixtureSources);
	const json = original.toJSON() as unknown as LunrIndexJson;
	const packed = JSON.parse(JSON.stringify(packIndex(json)));
	const restored = lunr.Index.load(unpackIndex(packed));

	it('is smaller than lunr JSON', () => {
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(json).length * 0.7);
	});
	it('gives back an index that finds and ranks exactly as the original', () => {
		for (const query of ['password', 'scam text message', 'wifi library', 'attach* cv', 'browsr~1', 'title:spot']) {
			const before = original.search(query).map((r) => [r.ref, r.score.toFixed(6)]);
			expect(restored.search(query).map((r) => [r.ref, r.score.toFixed(6)]), query).toEqual(before);
			expect(before.length, query).toBeGreaterThan(0);
		}
	});
});
