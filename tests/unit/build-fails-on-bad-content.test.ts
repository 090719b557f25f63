import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the build', () => {
	it('stops on malformed content with one message naming each file, field and fix', () => {
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...process.env, CONTENT_ROOT: 'tests/fixtures/broken-content', OUT_DIR: './dist-broken' },
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(result.status).not.toBe(0);
		const output = result.stdout + result.stderr;
		expect(output).toContain('The course content has 3 problems:');
		expect(output).toContain('tests/fixtures/broken-content/course.yaml\n  siteUrl: "example.org" is not a full web address.\n  Fix: write it with "https://" at the start');
		expect(output).toContain('tests/fixtures/broken-content/lessons/safety/01-passwords.mdx\n  minutes: is missing.\n  Fix: add "minutes:" to the frontmatter');
		expect(output).toContain('tests/fixtures/broken-content/lessons/safety/01-passwords.mdx\n  quizz: is not a known field.\n  Fix: did you mean "quiz"?');
		expect(output).not.toContain('Invalid URL');
	}, 120_000);
});
