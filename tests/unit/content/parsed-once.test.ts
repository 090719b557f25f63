import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The build reads each content file once: astro.config's content check and the pages (another
// module graph in the same process) share one parse, and the pages never parse a lesson again.

describe('a build of a small course', () => {
	it('parses each content file once', () => {
		const log = join(mkdtempSync(join(tmpdir(), 'parsed-once-')), 'parses.log');
		// A real build's mode: Vitest's NODE_ENV=test, DEV=1, MODE=test ... made the build's pages
		// behave as in development (keeping the parsed content), which hid a second parse.
		const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DEV|PROD|MODE|SSR|TEST|VITEST.*)$/.test(name)));
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...env, CONTENT_ROOT: 'tests/fixtures/tiny-course', OUT_DIR: './dist-tiny-course', CONTENT_PARSE_LOG: log },
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const parses = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.replace(process.cwd(), '.')).sort();
		expect(parses).toEqual([
			'content ./tests/fixtures/tiny-course',
			'course ./tests/fixtures/tiny-course/course.yaml',
			'coverage ./tests/fixtures/tiny-course/coverage.yaml',
			'lesson ./tests/fixtures/tiny-course/lessons/staying-safe/01-passwords.mdx',
			'yaml ./tests/fixtures/tiny-course/course.yaml',
			'yaml ./tests/fixtures/tiny-course/coverage.yaml',
			'yaml ./tests/fixtures/tiny-course/guides/staying-safe.yaml',
			'yaml ./tests/fixtures/tiny-course/practice/mouse-moves.yaml',
			'yaml ./tests/fixtures/tiny-course/search-synonyms.yaml',
		]);
		// The practice page, found from the lesson's one parse.
		expect(readFileSync('dist-tiny-course/staying-safe/passwords/practice/mouse-moves/index.html', 'utf8')).toContain('<h1');
	}, 120_000);
});
