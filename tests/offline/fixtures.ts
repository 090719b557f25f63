import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { guardPage, unzipCourse } from '../support/offline-copy';

/**
 * Offline tests open the zip's content from file://, unzipped once per worker into a temporary
 * folder. Every page they use fails the test on a console error, a page error, a content security
 * policy violation, a failed request or a request that leaves the computer.
 */
export const test = base.extend<{ problems: string[] }, { copy: string }>({
	copy: [
		async ({}, use) => {
			const dir = unzipCourse();
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
