import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content-checks/load-content';
import { ContentError } from '../content-checks/problem';
import { configuredSiteUrl, hostedSite, placeholderWarning } from '../lib/hosted-site';

/**
 * Fails the build, before anything is rendered, when a lesson or the course file is malformed;
 * warns once when the site address is still an example (no QR codes then).
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'cds:content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const { problems, lessons, course } = loadContent(fileURLToPath(config.root));
				if (problems.length > 0) throw new ContentError(problems);
				logger.info(`${lessons.length} lessons checked.`);
				// Once per build, here, rather than from each page that leaves its QR code out.
				const warning = placeholderWarning(hostedSite(configuredSiteUrl(course?.siteUrl)));
				if (warning) logger.warn(warning);
			},
		},
	};
}
