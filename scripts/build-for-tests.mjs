// Builds the site twice for the browser tests: at the domain root (dist/) and under a
// sub-path (dist-subpath/, base /course/), to prove both homes work from one build setup.
// Then packages both into offline copies (dist-offline/, dist-subpath-offline/) and zips: the
// third home, file://, is tested from the zip; the sub-path copy proves the step removes the base.
// The root build has an example site address (no QR codes), the sub-path one a real one
// (tests/support/test-sites.mjs), so both kinds of course are tested.
// The SCORM package (dist-scorm/) is made from the root build, for the learning-platform tests.
import { execFileSync } from 'node:child_process';
import { runPackage } from './package.mjs';
import { runScormPackage } from './package-scorm.mjs';
import { PLACEHOLDER_SITE_URL, REAL_SITE_URL } from '../tests/support/test-sites.mjs';

const astro = ['scripts/build.mjs', '--silent'];
const run = (env) => execFileSync(process.execPath, astro, { stdio: 'inherit', env: { ...process.env, ...env } });

run({ SITE_URL: PLACEHOLDER_SITE_URL });
run({ BASE_PATH: '/course/', OUT_DIR: './dist-subpath', SITE_URL: REAL_SITE_URL });

const report = (name, r) => console.log(`${name}: ${r.pages} pages, zip ${(r.zipBytes / 1000).toFixed(0)} kB in ${(r.ms / 1000).toFixed(2)} s`);
/** Runs a step with some environment variables set, and puts them back after. */
async function withEnv(env, step) {
	const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
	Object.assign(process.env, env);
	try {
		return await step();
	} finally {
		for (const [k, v] of Object.entries(before)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	}
}
report('offline copy', await withEnv({ SITE_URL: PLACEHOLDER_SITE_URL }, () => runPackage({ reuse: true })));
const scorm = await withEnv({ SITE_URL: PLACEHOLDER_SITE_URL }, () => runScormPackage({ reuse: true }));
console.log(`SCORM package: ${scorm.files} files, zip ${(scorm.zipBytes / 1000).toFixed(0)} kB in ${(scorm.ms / 1000).toFixed(2)} s`);
report(
	'offline copy from the sub-path build',
	await withEnv({ BASE_PATH: '/course/', SITE_URL: REAL_SITE_URL }, () => runPackage({ reuse: true, dist: 'dist-subpath', out: 'dist-subpath-offline' })),
);
