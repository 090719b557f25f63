import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';

/*
 * Firefox keeps one storage per file:// page: without the shell page, a setting saved on one page
 * is invisible on the next. Playwright cannot download its Firefox here, so puppeteer-core drives
 * Debian's Firefox ESR over WebDriver BiDi. Puppeteer turns security.fileuri.strict_origin_policy
 * off, which would hide the problem: it is set back to true, Firefox's real default.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function launch(profile: string): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		protocol: 'webDriverBiDi',
		headless: true,
		userDataDir: profile,
		extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true },
	});
}

/** Records what would fail a learner's visit: console errors and page errors. */
function guard(page: Page, problems: string[]): void {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
}

/** The frame showing a course page whose address ends with `path`, once the page has loaded. */
async function courseFrame(page: Page, path: string): Promise<Frame> {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		const frame = page.frames().find((f) => f.url().endsWith(`/course/${path}`));
		const loaded = await frame?.evaluate(() => document.readyState === 'complete').catch(() => false);
		if (frame && loaded) return frame;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The frame never showed course/${path}`);
}

const state = (frame: Frame | Page) =>
	frame.evaluate(() => ({
		size: document.documentElement.dataset.textSize ?? 'normal',
		storage: document.documentElement.dataset.offlineStorage ?? 'none',
		tipShown: [...document.querySelectorAll<HTMLElement>('[data-offline-notice]')].some((n) => !n.hidden),
	}));

test('Firefox ESR: the text size carries across pages and a restart through index.html', async ({ copy }) => {
	test.setTimeout(120_000);
	expect(existsSync(FIREFOX), `Firefox ESR at ${FIREFOX} (apt-get install firefox-esr)`).toBe(true);
	const profile = mkdtempSync(join(tmpdir(), 'cds-firefox-profile-'));
	const problems: string[] = [];
	let browser = await launch(profile);
	try {
		let page = await browser.newPage();
		guard(page, problems);
		await page.goto(fileUrl(copy));
		let frame = await courseFrame(page, 'index.html');
		await frame.waitForSelector('[data-module="text-size"]:not([hidden])');
		await frame.click('button[data-size="larger"]');
		await frame.click('.site-nav a[href="glossary/index.html"]');
		frame = await courseFrame(page, 'glossary/index.html');
		await expect.poll(() => state(frame)).toEqual({ size: 'larger', storage: 'shell', tipShown: false });
		expect(page.url()).toMatch(/index\.html#\/glossary\/$/);
		await browser.close();

		browser = await launch(profile);
		page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${fileUrl(copy)}#/staying-safe/strong-passwords/`);
		frame = await courseFrame(page, 'staying-safe/strong-passwords/index.html');
		await expect.poll(() => state(frame)).toEqual({ size: 'larger', storage: 'shell', tipShown: false });

		// On its own, a page has only its own storage here: it works, and shows the tip.
		await page.goto(fileUrl(copy, 'course/about/index.html'));
		expect(await state(page)).toEqual({ size: 'normal', storage: 'none', tipShown: true });
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	expect(problems).toEqual([]);
});
