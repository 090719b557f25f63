import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content-checks/load-content';
import { ContentError } from '../content-checks/problem';

/** Fails the build, before anything is rendered, when a lesson or the course file is malformed. */
export function contentChecks(): AstroIntegration {
	return {
		name: 'cds:content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const { problems, lessons } = loadContent(fileURLToPath(config.root));
				if (problems.length > 0) throw new ContentError(problems);
				logger.info(`${lessons.length} lessons checked.`);
			},
		},
	};
}
