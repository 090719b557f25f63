import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Which Chromium to drive. CHROMIUM_PATH wins; otherwise Playwright's own browser when it is
 * installed (the normal case on a developer's machine), else Debian's /usr/bin/chromium
 * (machines where Playwright cannot download its browser, such as our CI).
 */
export function chromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled)) return undefined;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
	return {
		executablePath: chromiumExecutable(),
		// Keep Chromium from calling home: the course must make no request beyond its own server.
		args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	};
}
