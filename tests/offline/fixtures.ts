import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { guardPage, unzipCourse, zipOf } from '../support/offline-copy';

/**
 * Offline tests open a zip's content from file://, unzipped once per worker into a temporary
 * folder: `copy` is the English zip, `frenchCopy` the French one (one zip a language). Every page
 * they use fails the test on a console error, a page error, a content security policy violation,
 * a failed request or a request that leaves the computer.
 */
export const test = base.extend<{ problems: string[] }, { copy: string; frenchCopy: string }>({
	copy: [
		async ({}, use) => {
			const dir = unzipCourse(zipOf('dist', 'en'));
			await use(dir);
			rmSync(dir, { recursive: true, force: true });
		},
		{ scope: 'worker' },
	],
	frenchCopy: [
		async ({}, use) => {
			const dir = unzipCourse(zipOf('dist', 'fr'));
			await use(dir);
			rmSync(dir, { recursive: true, force: true });
		},
		{ scope: 'worker' },
	],
	problems: async ({}, use) => {
		const problems: string[] = [];
		await use(problems);
		expect(problems, 'no console errors, CSP violations, failed or outside requests').toEqual([]);
	},
	page: async ({ page, problems }, use) => {
		await guardPage(page, problems);
		await use(page);
	},
});

export { expect };
