import lunr from 'lunr';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lunrScripts } from '../../../src/integrations/search/write-lunr-script';
import { splitIndex } from '../../../src/integrations/search/split-lunr-index';
import { joinParts, type LunrManifest, type LunrPart } from '../../../src/search/lunr-parts';
import { unpackIndex } from '../../../src/search/lunr-pack';
import { SEARCH_FILES } from '../../../src/search/paths';
import type { LunrPayload } from '../../../src/search/types';
import { fixtureSources } from '../../fixtures/search-sources';

/** Runs the scripts as the browser would (in order) and returns what they set on window. */
function runScripts(scripts: { path: string; text: string }[]) {
	const window: { CDS_SEARCH_INDEX?: LunrPayload | LunrManifest; CDS_SEARCH_PARTS?: LunrPart[] } = {};
	for (const { text } of scripts) new Function('window', text)(window);
	return window;
}

const whole = runScripts(lunrScripts(fixtureSources)).CDS_SEARCH_INDEX as LunrPayload;
const queries = ['password', 'scam text message', 'wifi library', 'attach* cv', 'browsr~1', 'title:spot', 'email'];
const ranking = (payload: LunrPayload, query: string) =>
	lunr.Index.load(unpackIndex(payload.index))
		.search(query)
		.map((r) => [r.ref, r.score.toFixed(6)]);

describe('the offline index in parts', () => {
	it('stays one script while it fits the budget', () => {
		expect(lunrScripts(fixtureSources).map((s) => s.path)).toEqual([SEARCH_FILES.lunrIndex]);
		expect('parts' in whole).toBe(false);
	});

	it('is cut into whole modules once one script would pass the budget, each part within it', () => {
		const budget = 1000; // the whole fixture index is about 1.4 KB gzip
		const scripts = lunrScripts(fixtureSources, budget);
		for (const { path, text } of scripts) expect(gzipSync(text).length, path).toBeLessThanOrEqual(budget);
		expect(scripts.map((s) => s.path)).toEqual([SEARCH_FILES.lunrIndex, 'search/lunr-index-1.js', 'search/lunr-index-2.js']);
		const { CDS_SEARCH_INDEX: manifest, CDS_SEARCH_PARTS: parts } = runScripts(scripts);
		expect((manifest as LunrManifest).parts).toEqual(scripts.slice(1).map((s) => s.path));
		expect(parts!.map((p) => [...new Set(p.docs.map((d) => d.module))])).toEqual([['Staying safe online'], ['Getting started online']]);
	});

	it('joined again, is exactly the index of the whole course and ranks as it does', () => {
		const { CDS_SEARCH_INDEX: manifest, CDS_SEARCH_PARTS: parts } = runScripts(lunrScripts(fixtureSources, 1000));
		const joined = joinParts(manifest as LunrManifest, parts!);
		expect(joined).toEqual(whole);
		for (const query of queries) {
			expect(ranking(joined, query), query).toEqual(ranking(whole, query));
			expect(ranking(whole, query).length, query).toBeGreaterThan(0);
		}
	});

	it('gives each part only the words of its own lessons', () => {
		const [safe, started] = splitIndex(whole, [whole.docs.slice(0, 2).map((d) => d.id), whole.docs.slice(2).map((d) => d.id)]);
		expect(safe!.terms).toContain('phish');
		expect(started!.terms).not.toContain('phish');
		expect(started!.terms).toContain('wifi');
	});
});
