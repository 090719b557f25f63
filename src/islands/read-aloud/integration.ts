import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildReaderBundle } from './build-bundle';

/** Writes the reader (read-aloud/reader.js and .css) under the built site, after the build. */
export function readAloud(): AstroIntegration {
	let projectRoot = process.cwd();
	return {
		name: 'cds:read-aloud',
		hooks: {
			'astro:config:setup': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const bytes = await buildReaderBundle(projectRoot, fileURLToPath(dir));
				logger.info(`Reader ${(bytes / 1024).toFixed(1)} KB.`);
			},
		},
	};
}
