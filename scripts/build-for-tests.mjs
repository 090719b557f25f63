// Builds the site twice for the browser tests: at the domain root (dist/) and under a
// sub-path (dist-subpath/, base /course/), to prove both homes work from one build setup.
import { execFileSync } from 'node:child_process';

const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--silent'];
const run = (env) => execFileSync(process.execPath, astro, { stdio: 'inherit', env: { ...process.env, ...env } });

run({});
run({ BASE_PATH: '/course/', OUT_DIR: './dist-subpath' });
