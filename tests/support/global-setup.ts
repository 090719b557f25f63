import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowsers, missingBrowsersMessage } from './browsers-present';
import { readBuildTimes, staleBuildReason } from './build-freshness';

/**
 * Before any browser test: say at once what to install, rather than fail later on a timeout; and
 * make the test builds when they are missing or older than the code, so one spec can run on its
 * own (`npx playwright test tests/offline/firefox.spec.ts`) without running the build script first.
 */
export default function globalSetup(): void {
	const message = missingBrowsersMessage(findBrowsers());
	if (message) throw new Error(message);
	const stale = staleBuildReason(readBuildTimes());
	if (!stale) return;
	console.log(`Making the test builds first (${stale}): node scripts/build-for-tests.mjs`);
	// The project's own Node 24 (the builds need it), whichever Node runs Playwright.
	const node = existsSync('node_modules/node/bin/node') ? 'node_modules/node/bin/node' : process.execPath;
	execFileSync(node, ['scripts/build-for-tests.mjs'], { stdio: 'inherit' });
}
