import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_OUTPUTS, readBuildTimes, staleBuildReason } from '../support/build-freshness';

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

describe('readBuildTimes', () => {
	it('leaves out the component tests beside the islands: editing a test needs no new build', () => {
		const root = mkdtempSync(join(tmpdir(), 'freshness-'));
		mkdirSync(join(root, 'src/islands/quiz'), { recursive: true });
		const code = join(root, 'src/islands/quiz/quiz.ts');
		const spec = join(root, 'src/islands/quiz/quiz.component.spec.ts');
		writeFileSync(code, '');
		writeFileSync(spec, '');
		const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
		at(join(root, 'src/islands/quiz'), 1000);
		at(join(root, 'src/islands'), 1000);
		at(join(root, 'src'), 1000);
		at(code, 1000);
		at(spec, 5000);
		expect(readBuildTimes(root).newestSource).toBe(1_000_000);
		at(code, 6000);
		expect(readBuildTimes(root).newestSource).toBe(6_000_000);
	});
});

describe('TEST_OUTPUTS', () => {
	it('asks for each language\'s zip in both builds, which a plain npm run build takes out of dist/', () => {
		const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		for (const dist of ['dist', 'dist-subpath']) for (const locale of ['en', 'fr']) expect(TEST_OUTPUTS).toContain(`${dist}/course-offline-${version}-${locale}.zip`);
	});
});
