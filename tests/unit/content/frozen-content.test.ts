import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearContentFiles, folderStamp, freezeContentFiles } from '../../../src/content-layer/content-files';
import { contentChecks } from '../../../src/integrations/content-checks';
import { pathToFileURL } from 'node:url';

function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'frozen-'));
	cpSync('tests/fixtures/tiny-course', join(root, 'content'), { recursive: true });
	cpSync('public/images/icons', join(root, 'public/images/icons'), { recursive: true });
	return root;
}

/** Runs the content-checks integration's setup as `astro <command>` would. */
function setUp(root: string, command: 'build' | 'dev') {
	const hook = contentChecks().hooks['astro:config:setup'] as (options: unknown) => void;
	const logger = { info() {}, warn() {} };
	hook({ command, config: { root: pathToFileURL(`${root}/`) }, logger, addWatchFile() {} });
}

const touch = (path: string) => writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);

beforeEach(() => clearContentFiles());
afterEach(() => clearContentFiles());

describe('content folder stamps', () => {
	it('change with any file of the folder while content is not frozen (npm run dev)', () => {
		const root = project();
		setUp(root, 'dev');
		const before = folderStamp(join(root, 'content'));
		touch(join(root, 'content/course.yaml'));
		expect(folderStamp(join(root, 'content'))).not.toBe(before);
	});

	it('are taken once when astro build freezes the content: pages no longer walk content/ on every ask', () => {
		const root = project();
		setUp(root, 'build');
		const before = folderStamp(join(root, 'content'));
		touch(join(root, 'content/course.yaml'));
		expect(folderStamp(join(root, 'content'))).toBe(before);
	});

	it('stop being frozen when the cache is cleared', () => {
		const root = project();
		freezeContentFiles();
		const before = folderStamp(join(root, 'content'));
		clearContentFiles();
		touch(join(root, 'content/course.yaml'));
		expect(folderStamp(join(root, 'content'))).not.toBe(before);
	});
});
