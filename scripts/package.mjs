// `npm run package`: builds the site (or, with --reuse, uses the dist/ already there), writes the
// offline copy to dist-offline/ and course-offline-<version>.zip into dist/, and fills the zip's
// size, date and check code into dist/download/index.html.
//
//   node scripts/package.mjs [--reuse] [--dist dist] [--out dist-offline]
// BASE_PATH works as for the build: BASE_PATH=/course/ node scripts/package.mjs --dist dist-subpath ...
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadOfflineStep } from './offline-step.mjs';

/** Builds the site into `dist` (or, with `reuse`, checks a build is there); returns its folder. */
export function builtSite({ reuse = false, dist = 'dist', projectRoot = process.cwd() } = {}) {
	const siteDir = resolve(projectRoot, dist);
	if (!reuse) {
		const astro = ['scripts/build.mjs', '--silent'];
		execFileSync(process.execPath, astro, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, OUT_DIR: siteDir } });
	} else if (!existsSync(resolve(siteDir, 'index.html'))) {
		throw new Error(`${dist}/ holds no built site: run "npm run build" first, or leave out --reuse.`);
	}
	return siteDir;
}

export async function runPackage({ reuse = false, dist = 'dist', out = 'dist-offline', projectRoot = process.cwd() } = {}) {
	const siteDir = builtSite({ reuse, dist, projectRoot });
	const { packageCourse, packageSettings } = await loadOfflineStep(projectRoot);
	return packageCourse({ ...packageSettings(projectRoot), projectRoot, siteDir, outDir: resolve(projectRoot, out) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	const { values } = parseArgs({ options: { reuse: { type: 'boolean' }, dist: { type: 'string' }, out: { type: 'string' } } });
	try {
		const result = await runPackage(values);
		const kb = (result.zipBytes / 1000).toFixed(0);
		console.log(`Offline copy: ${result.pages} pages, ${result.files} files in ${values.out ?? 'dist-offline'}/`);
		console.log(`Zip: ${result.zipPath} (${kb} kB), SHA-256 ${result.sha256}, made in ${(result.ms / 1000).toFixed(2)} s`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
