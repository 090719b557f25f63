import { chromium, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
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
 * index.html (plus a `#/page/` hash); closing the context and calling it again is a restart.
 * Problems go to `problems`, as the fixture's guard would record them.
 */
export async function openWithProfile(profile: string, copy: string, problems: string[], hash = ''): Promise<OpenCourse> {
	const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
	const page = context.pages()[0] ?? (await context.newPage());
	await guardPage(page, problems);
	await page.goto(fileUrl(copy) + hash);
	return { context, page, course: page.frameLocator('#course-frame') };
}
