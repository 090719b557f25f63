// Builds the site twice for the browser tests: at the domain root (dist/) and under a
// sub-path (dist-subpath/, base /course/), to prove both homes work from one build setup.
// Then packages both into offline copies (dist-offline/, dist-subpath-offline/) and zips, one a
// language: the third home, file://, is tested from the zips; the sub-path copy proves the step removes the base.
// The root build has an example site address (no QR codes), the sub-path one a real one
// (tests/support/test-sites.mjs), so both kinds of course are tested.
// The SCORM packages (dist-scorm/, one a language) are made from the root build, for the learning-platform tests.
// The islands' examples (src/islands/*/examples/) are a third, small build for the component tests,
// under /_examples/ in dist-examples/ (src/integrations/component-examples).
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { runPackage } from './package.mjs';
import { runScormPackage } from './package-scorm.mjs';
import { PLACEHOLDER_SITE_URL, REAL_SITE_URL } from '../tests/support/test-sites.mjs';

// Through scripts/build.mjs, as npm run build: the same memory settings as every build.
const astro = ['scripts/build.mjs', '--silent'];
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
/** Runs one Astro build in its own process; resolves when it ends, rejects when it fails. */
function build(name, env) {
	const start = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, astro, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`${name} build failed (exit code ${code})`));
			console.log(`${name} build: ${seconds(start)}`);
			resolve();
		});
	});
}

await build('root', { SITE_URL: PLACEHOLDER_SITE_URL });
// The sub-path build runs while the root build is packaged (offline copy, SCORM): the packaging
// reads and zips files, the build mostly computes, so the two share two cores well. No two Astro
// builds run side by side: they all write the project's .astro/ folder.
const subpathBuild = build('sub-path', { BASE_PATH: '/course/', OUT_DIR: './dist-subpath', SITE_URL: REAL_SITE_URL });
subpathBuild.catch(() => {}); // awaited below; this only stops an unhandled rejection while packaging

const report = (name, r) => console.log(`${name}: ${r.editions.map((z) => `${z.locale} ${z.pages} pages, zip ${(z.zipBytes / 1000).toFixed(0)} kB`).join('; ')}; in ${(r.ms / 1000).toFixed(2)} s`);
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
console.log(`SCORM packages: ${scorm.packages.map((p) => `${p.locale} ${p.files} files, zip ${(p.zipBytes / 1000).toFixed(0)} kB`).join('; ')}; in ${(scorm.ms / 1000).toFixed(2)} s`);
await subpathBuild;
// The examples build, while the sub-path build is packaged.
const examplesBuild = build('examples', { COMPONENT_EXAMPLES: '1', BASE_PATH: '/_examples/', OUT_DIR: './dist-examples/_examples', SITE_URL: PLACEHOLDER_SITE_URL });
examplesBuild.catch(() => {});
report(
	'offline copy from the sub-path build',
	await withEnv({ BASE_PATH: '/course/', SITE_URL: REAL_SITE_URL }, () => runPackage({ reuse: true, dist: 'dist-subpath', out: 'dist-subpath-offline' })),
);
await examplesBuild;
// The examples' site has no lesson pages, so its search index is empty, and the header's search box
// (which loads the index when the focus passes through it) would fail: it gets the course's index.
rmSync('dist-examples/_examples/pagefind', { recursive: true, force: true });
cpSync('dist/pagefind', 'dist-examples/_examples/pagefind', { recursive: true });
console.log(`test builds: ${seconds(started)}`);
