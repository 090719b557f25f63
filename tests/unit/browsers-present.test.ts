import { describe, expect, it } from 'vitest';
import { findBrowsers, missingBrowsersMessage } from '../../tests/support/browsers-present';

const only = (...paths: string[]) => (path: string) => paths.includes(path);
const noPlaywrightChromium = () => undefined;

describe('findBrowsers', () => {
	it('finds Debian\'s Chromium and Firefox ESR', () => {
		expect(findBrowsers(only('/usr/bin/chromium', '/usr/bin/firefox-esr'), {}, noPlaywrightChromium)).toEqual({ chromium: true, firefox: true });
	});
	it('takes Playwright\'s own Chromium when it is downloaded', () => {
		expect(findBrowsers(only('/cache/chrome', '/usr/bin/firefox-esr'), {}, () => '/cache/chrome')).toEqual({ chromium: true, firefox: true });
	});
	it('follows CHROMIUM_PATH and FIREFOX_PATH, and only them', () => {
		const env = { CHROMIUM_PATH: '/opt/chromium', FIREFOX_PATH: '/opt/firefox' };
		expect(findBrowsers(only('/opt/chromium', '/opt/firefox'), env, noPlaywrightChromium)).toEqual({ chromium: true, firefox: true });
		expect(findBrowsers(only('/usr/bin/chromium', '/usr/bin/firefox-esr'), env, noPlaywrightChromium)).toEqual({ chromium: false, firefox: false });
	});
	it('reports what is missing', () => {
		expect(findBrowsers(only('/usr/bin/chromium'), {}, noPlaywrightChromium)).toEqual({ chromium: true, firefox: false });
		expect(findBrowsers(only(), {}, noPlaywrightChromium)).toEqual({ chromium: false, firefox: false });
	});
});

describe('missingBrowsersMessage', () => {
	it('says nothing when both are there', () => {
		expect(missingBrowsersMessage({ chromium: true, firefox: true })).toBeUndefined();
	});
	it('names what is missing, with the one line to install it', () => {
		expect(missingBrowsersMessage({ chromium: true, firefox: false })).toBe(
			'The browser tests need Firefox ESR, not found on this computer. Install with: apt-get install chromium firefox-esr',
		);
		expect(missingBrowsersMessage({ chromium: false, firefox: false })).toBe(
			'The browser tests need Chromium and Firefox ESR, not found on this computer. Install with: apt-get install chromium firefox-esr',
		);
	});
});
