import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Which of the browsers the tests drive are installed. */
export interface BrowsersFound {
	chromium: boolean;
	firefox: boolean;
}

/** Where to look: CHROMIUM_PATH or Playwright's own Chromium or Debian's; FIREFOX_PATH or Firefox ESR. */
export function findBrowsers(
	exists: (path: string) => boolean = existsSync,
	env: Record<string, string | undefined> = process.env,
	playwrightChromium: () => string | undefined = () => {
		try {
			return chromium.executablePath();
		} catch {
			return undefined;
		}
	},
): BrowsersFound {
	const chromiumPaths = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [playwrightChromium(), '/usr/bin/chromium'];
	return {
		chromium: chromiumPaths.some((path) => path !== undefined && exists(path)),
		firefox: exists(env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
	};
}

/** One line saying what to install, or undefined when both browsers are there. */
export function missingBrowsersMessage(found: BrowsersFound): string | undefined {
	const missing = [found.chromium ? undefined : 'Chromium', found.firefox ? undefined : 'Firefox ESR'].filter((name) => name !== undefined);
	if (missing.length === 0) return undefined;
	return `The browser tests need ${missing.join(' and ')}, not found on this computer. Install with: apt-get install chromium firefox-esr`;
}
