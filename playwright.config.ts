import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

// The built site is served on 127.0.0.1 twice: at the root, and under the /course/ sub-path.
// TEST_PORT moves both ports, so two checkouts can run their tests side by side.
const port = Number(process.env.TEST_PORT ?? 4400);
export const ROOT_URL = `http://127.0.0.1:${port}/`;
export const SUBPATH_URL = `http://127.0.0.1:${port + 1}/course/`;

export default defineConfig({
	testDir: './tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'offline/**/*.spec.ts', 'scorm/**/*.spec.ts'],
	// Stops at once, saying what to install, when Chromium or Firefox ESR is missing.
	globalSetup: './tests/support/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['./tests/support/summary-reporter.ts']],
	timeout: 30_000,
	// Two cores shared with other work: loading Pagefind's WebAssembly can take more than the default 5 s.
	expect: { timeout: 10_000 },
	use: {
		...devices['Desktop Chrome'],
		launchOptions: chromiumLaunchOptions(),
		trace: 'off',
	},
	projects: [
		// Regular expressions, not globs: a glob such as offline/** also matches a checkout folder named "offline".
		{ name: 'root', use: { baseURL: ROOT_URL }, testIgnore: [/\.subpath\.spec\.ts$/, /tests\/offline\//, /tests\/scorm\//] },
		{ name: 'subpath', use: { baseURL: SUBPATH_URL }, testMatch: ['**/*.subpath.spec.ts'] },
		// The offline copy, opened from file:// after unzipping the zip: no server, no base URL.
		{ name: 'offline', testMatch: [/tests\/offline\/.*\.spec\.ts$/] },
		// The SCORM package inside a stand-in learning platform: each spec serves it itself.
		{ name: 'scorm', testMatch: [/tests\/scorm\/.*\.spec\.ts$/] },
		// Each island against its small examples (src/islands/<island>/examples/), tests beside the code.
		{ name: 'components', testDir: './src/islands', testMatch: [/\.component\.spec\.ts$/], use: { baseURL: ROOT_URL } },
	],
	webServer: [
		// Never reuse a server already running: it may be serving another checkout's build.
		// The root server also serves the islands' examples, built beside the site (dist-examples/).
		{ command: `node tests/support/static-server.mjs dist ${port} / dist-examples`, url: ROOT_URL, reuseExistingServer: false },
		{ command: `node tests/support/static-server.mjs dist-subpath ${port + 1} /course/`, url: SUBPATH_URL, reuseExistingServer: false },
	],
});
