import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearContentFiles, parseCounts } from '../../../src/content-layer/content-files';
import { loadCourseFile } from '../../../src/content-layer/course-files';
import { loadContentOnce } from '../../../src/content-layer/load-content';
import { siteSettings } from '../../../src/lib/site-settings';
import { contentChecks } from '../../../src/integrations/content-checks';

/** A copy of the small fixture course, as a project folder of its own. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'no-stale-'));
	cpSync('tests/fixtures/tiny-course', join(root, 'content'), { recursive: true });
	cpSync('public/images/icons', join(root, 'public/images/icons'), { recursive: true });
	return root;
}

/** Rewrites a file with a later modification time (the cache keys on time and size). */
function edit(path: string, change: (text: string) => string) {
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

beforeEach(() => clearContentFiles());

describe('the content loader', () => {
	it('sees a change to course.yaml on the next read in the same process', () => {
		const root = project();
		expect(loadCourseFile(root).course?.title).toBe('Tiny course');
		expect(siteSettings(root).site).toBe('https://skills.example.org/');
		edit(join(root, 'content/course.yaml'), (t) => t.replace('Tiny course', 'A tiny course, renamed').replace('skills.example.org', 'learn.example.net'));
		expect(loadCourseFile(root).course?.title).toBe('A tiny course, renamed');
		expect(siteSettings(root).site).toBe('https://learn.example.net/');
		expect(loadContentOnce(root).course?.title).toBe('A tiny course, renamed');
	});

	it('sees an edited lesson, and a broken one, on the next read', () => {
		const root = project();
		const lesson = join(root, 'content/lessons/staying-safe/01-passwords.mdx');
		expect(loadContentOnce(root).lessons[0]?.data.title).toBe('Make strong passwords');
		edit(lesson, (t) => t.replace('title: Make strong passwords', 'title: Make passwords strong'));
		expect(loadContentOnce(root).lessons[0]?.data.title).toBe('Make passwords strong');
		edit(lesson, (t) => t.replace('quiz:', 'quizz:'));
		expect(loadContentOnce(root).problems.map((p) => p.field)).toContain('quizz');
	});

	it('parses each file once while nothing changes, even from a second copy of the modules', async () => {
		const root = project();
		const lesson = join(root, 'content/lessons/staying-safe/01-passwords.mdx');
		const first = loadContentOnce(root);
		// astro.config and the pages load these modules in two module graphs of one process.
		vi.resetModules();
		const again = await import('../../../src/content-layer/load-content');
		expect(again.loadContentOnce(root)).toBe(first);
		again.loadContent(root);
		expect(parseCounts('lesson').get(lesson)).toBe(1);
		expect(parseCounts('course').get(join(root, 'content/course.yaml'))).toBe(1);
	});

	it('has npm run dev restart when course.yaml changes (the site address and base come from it)', () => {
		const root = project();
		const watched: string[] = [];
		const hook = contentChecks().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
		hook({ config: { root: pathToFileURL(`${root}/`) }, logger: { info: () => undefined, warn: () => undefined }, addWatchFile: (path: string) => watched.push(path) });
		expect(watched).toEqual([join(root, 'content/course.yaml')]);
	});
});
