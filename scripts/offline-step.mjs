// Loads the offline step (TypeScript under src/packaging/offline/) in plain Node: esbuild
// bundles it into one ES module in node_modules/.cache (in milliseconds), then it is imported.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function loadOfflineStep(projectRoot = process.cwd()) {
	const outfile = join(projectRoot, 'node_modules/.cache/cds-offline/offline-step.mjs');
	mkdirSync(join(outfile, '..'), { recursive: true });
	await build({
		stdin: {
			contents: `export { packageCourse } from './src/packaging/offline/index.ts';\nexport { packageSettings } from './src/packaging/offline/package-settings.ts';\nexport { packageScorm } from './src/packaging/scorm/index.ts';`,
			resolveDir: projectRoot,
			loader: 'ts',
		},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		packages: 'external',
		outfile,
		logLevel: 'warning',
	});
	return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
