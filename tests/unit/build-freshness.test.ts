import { describe, expect, it } from 'vitest';
import { staleBuildReason } from '../support/build-freshness';

describe('staleBuildReason: when one spec run alone makes the test builds first', () => {
	it('says nothing when every output is newer than every source', () => {
		expect(staleBuildReason({ newestSource: 100, outputs: { 'dist/index.html': 200, 'dist-scorm/imsmanifest.xml': 150 } })).toBeUndefined();
	});
	it('names a missing output', () => {
		expect(staleBuildReason({ newestSource: 100, outputs: { 'dist/index.html': 200, 'dist-offline/index.html': undefined } })).toBe('dist-offline/index.html is missing');
	});
	it('names the outputs older than the newest source', () => {
		expect(staleBuildReason({ newestSource: 300, outputs: { 'dist/index.html': 200, 'dist-subpath/index.html': 100, 'dist-scorm/imsmanifest.xml': 400 } })).toBe(
			'dist/index.html, dist-subpath/index.html are older than the code or content',
		);
	});
});
