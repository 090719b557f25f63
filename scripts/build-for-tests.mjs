// Builds the site twice for the browser tests: at the domain root (dist/) and under a
// sub-path (dist-subpath/, base /course/), to prove both homes work from one build setup.
// Then packages both into offline copies (dist-offline/, dist-subpath-offline/) and zips: the
// third home, file://, is tested from the zip; the sub-path copy proves the step removes the base.
// The SCORM package (dist-scorm/) is made from the root build, for the learning-platform tests.
import { execFileSync } from 'node:child_process';
import { runPackage } from './package.mjs';
import { runScormPackage } from './package-scorm.mjs';

const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--silent'];
const run = (env) => execFileSync(process.execPath, astro, { stdio: 'inherit', env: { ...process.env, ...env } });

run({});
run({ BASE_PATH: '/course/', OUT_DIR: './dist-subpath' });

const report = (name, r) => console.log(`${name}: ${r.pages} pages, zip ${(r.zipBytes / 1000).toFixed(0)} kB in ${(r.ms / 1000).toFixed(2)} s`);
report('offline copy', await runPackage({ reuse: true }));
const scorm = await runScormPackage({ reuse: true });
console.log(`SCORM package: ${scorm.files} files, zip ${(scorm.zipBytes / 1000).toFixed(0)} kB in ${(scorm.ms / 1000).toFixed(2)} s`);
const before = process.env.BASE_PATH;
process.env.BASE_PATH = '/course/';
try {
	report('offline copy from the sub-path build', await runPackage({ reuse: true, dist: 'dist-subpath', out: 'dist-subpath-offline' }));
} finally {
	if (before === undefined) delete process.env.BASE_PATH;
	else process.env.BASE_PATH = before;
}
