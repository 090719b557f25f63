import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the build', () => {
	it('stops on a malformed lesson with one message naming the file, the field and the fix', () => {
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...process.env, CONTENT_ROOT: 'tests/fixtures/broken-content', OUT_DIR: './dist-broken' },
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(result.status).not.toBe(0);
		const output = result.stdout + result.stderr;
		expect(output).toContain('The course content has 1 problem:');
		expect(output).toContain('tests/fixtures/broken-content/lessons/safety/01-passwords.mdx\n  minutes: is missing.\n  Fix: add "minutes:" to the frontmatter');
	}, 120_000);
});
