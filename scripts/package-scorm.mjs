// `npm run package:scorm`: builds the site (or, with --reuse, uses the dist/ already there) and
// writes one SCORM 1.2 package a language, course-scorm12-<version>-<language>.zip, into dist-scorm/:
// that language's offline copy with imsmanifest.xml at its root, for learning platforms (Moodle, Canvas, Open edX ...).
//
//   node scripts/package-scorm.mjs [--reuse] [--dist dist] [--out dist-scorm]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadOfflineStep } from './offline-step.mjs';
import { builtSite } from './package.mjs';

export async function runScormPackage({ reuse = false, dist = 'dist', out = 'dist-scorm', projectRoot = process.cwd() } = {}) {
	const siteDir = builtSite({ reuse, dist, projectRoot });
	const { packageScorm, packageSettings } = await loadOfflineStep(projectRoot);
	return packageScorm({ ...packageSettings(projectRoot), projectRoot, siteDir, outDir: resolve(projectRoot, out) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { reuse: { type: 'boolean' }, dist: { type: 'string' }, out: { type: 'string' } } });
	try {
		const result = await runScormPackage(values);
		for (const p of result.packages) console.log(`SCORM 1.2 package (${p.locale}): ${p.zipPath} (${(p.zipBytes / 1000).toFixed(0)} kB, ${p.files} files, ${p.lessons} lessons)`);
		console.log(`Made in ${(result.ms / 1000).toFixed(2)} s`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
