// `npm run package`: builds the site (or, with --reuse, uses the dist/ already there), writes one
// offline copy a language to dist-offline/<language>/ and its zip, course-offline-<version>-<language>.zip,
// into dist/, and fills the zips' sizes, date and check codes into each language's download page.
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
		for (const zip of result.editions) {
			console.log(`Offline copy (${zip.locale}): ${zip.pages} pages, ${zip.files} files in ${values.out ?? 'dist-offline'}/${zip.locale}/`);
			console.log(`  zip: ${zip.zipPath} (${(zip.zipBytes / 1000).toFixed(0)} kB), SHA-256 ${zip.sha256}`);
		}
		console.log(`Made in ${(result.ms / 1000).toFixed(2)} s`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
