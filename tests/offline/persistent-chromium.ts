import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser';
import { fileUrl, guardPage } from '../support/offline-copy';

export interface OpenCourse {
	context: BrowserContext;
	page: Page;
	/** The course page the shell (index.html) shows in its frame. */
	course: FrameLocator;
}

/**
 * Starts Chromium on a profile kept on disk, as a learner's browser is, and opens the copy's
 * index.html (plus a `#/page/` hash); `closeOnceOnDisk` and calling this again is a restart.
 * Problems go to `problems`, as the fixture's guard would record them.
 */
export async function openWithProfile(profile: string, copy: string, problems: string[], hash = ''): Promise<OpenCourse> {
	const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
	const page = context.pages()[0] ?? (await context.newPage());
	await guardPage(page, problems);
	await page.goto(fileUrl(copy) + hash);
	return { context, page, course: page.frameLocator('#course-frame') };
}

/** Everything Chromium has written of the profile's localStorage (its LevelDB files), as bytes. */
function localStorageOnDisk(profile: string): Buffer {
	const folder = join(profile, 'Default', 'Local Storage', 'leveldb');
	let files: string[] = [];
	try {
		files = readdirSync(folder);
	} catch {
		return Buffer.alloc(0);
	}
	return Buffer.concat(files.map((file) => readFileSync(join(folder, file))));
}

/**
 * Closes the browser once the shell page's values under `keys` are on the profile's disk.
 * Chromium writes localStorage to disk about 5 s after a change, and again as it closes; headless
 * Chromium can skip that last write (crbug.com/771830: it lost a quiz result in 1 of many CI
 * runs), which a learner's browser, closed from its window, makes. Without this wait the test
 * would check Chromium's shutdown, not the course.
 */
export async function closeOnceOnDisk({ context, page }: OpenCourse, profile: string, keys: string[]): Promise<void> {
	const values = await page.evaluate((names) => names.map((name) => localStorage.getItem(name)), keys);
	for (const [i, value] of values.entries()) {
		if (value === null) throw new Error(`The shell page holds nothing under ${keys[i]}: there is nothing to wait for.`);
		// A value of one-byte characters is stored as Latin-1, any other as UTF-16.
		const forms = [Buffer.from(value, 'latin1'), Buffer.from(value, 'utf16le')];
		await expect
			.poll(() => forms.some((form) => localStorageOnDisk(profile).includes(form)), { message: `${keys[i]} written to the profile's disk`, timeout: 15_000 })
			.toBe(true);
	}
	await context.close();
}
