import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

// The built site is served on 127.0.0.1 twice: at the root, and under the /course/ sub-path.
// TEST_PORT moves both servers (TEST_PORT and TEST_PORT + 1) when 4400 is taken on a shared machine.
const PORT = Number(process.env.TEST_PORT ?? 4400);
export const ROOT_URL = `http://127.0.0.1:${PORT}/`;
export const SUBPATH_URL = `http://127.0.0.1:${PORT + 1}/course/`;

export default defineConfig({
	testDir: './tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'offline/**/*.spec.ts'],
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list'], ['./tests/support/summary-reporter.ts']],
	timeout: 30_000,
	use: {
		...devices['Desktop Chrome'],
		launchOptions: chromiumLaunchOptions(),
		trace: 'off',
	},
	projects: [
		{ name: 'root', use: { baseURL: ROOT_URL }, testIgnore: ['**/*.subpath.spec.ts'] },
		{ name: 'subpath', use: { baseURL: SUBPATH_URL }, testMatch: ['**/*.subpath.spec.ts'] },
	],
	webServer: [
		{ command: `node tests/support/static-server.mjs dist ${PORT} /`, url: ROOT_URL, reuseExistingServer: !process.env.CI },
		{ command: `node tests/support/static-server.mjs dist-subpath ${PORT + 1} /course/`, url: SUBPATH_URL, reuseExistingServer: !process.env.CI },
	],
});
