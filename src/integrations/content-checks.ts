import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../content-layer/read-content';
import { loadContentOnce } from '../content-layer/load-content';
import { freezeContentFiles } from '../content-layer/content-files';
import { digestOf, releaseLessonTrees } from '../content-layer/release-trees';
import { ContentError } from '../content-layer/problem';
import { allDictionaryProblems } from '../i18n/check-dictionaries';
import { configuredSiteUrl, hostedSite, placeholderWarning } from '../lib/hosted-site';
import { deckFigures } from '../lib/workshop/slide-plan';
import { MAX_SLIDE_LINES } from '../lib/workshop/slide-text';

/**
 * Fails the build, before anything is rendered, when a lesson or the course file is malformed or
 * a language's interface strings lack a key;
 * warns once when the site address is still an example (no QR codes then), and names slides
 * too full for a room.
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'cds:content-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger, addWatchFile }) => {
				const projectRoot = fileURLToPath(config.root);
				// A build reads content/ as it is now; only the dev server must see later edits.
				if (command === 'build') freezeContentFiles();
				// The site address and base come from course.yaml: npm run dev restarts when it changes.
				addWatchFile(join(contentRoot(projectRoot), 'course.yaml'));
				const loaded = loadContentOnce(projectRoot);
				const { lessons, course } = loaded;
				// Each language's interface strings must have every English key: a missing one is named here.
				const problems = [...loaded.problems, ...allDictionaryProblems()];
				if (problems.length > 0) throw new ContentError(problems);
				logger.info(`${lessons.length} lessons checked.`);
				// Once per build, here, rather than from each page that leaves its QR code out.
				const warning = placeholderWarning(hostedSite(configuredSiteUrl(course?.siteUrl)));
				if (warning) logger.warn(warning);
				// Checked: a build keeps each lesson's digest, not its tree, through bundling and rendering.
				if (command === 'build') releaseLessonTrees(loaded);
				// A slide too full for a room does not stop the build (check:content fails it): say which.
				// The digest's plan is the one the decks are made from, planned once.
				const full = lessons.flatMap((l) => deckFigures(digestOf(l).plan).over.map((s) => `${l.file}: "${s.title}"`));
				if (full.length) logger.warn(`Slides with more than ${MAX_SLIDE_LINES} lines (shorten their steps or points): ${full.join('; ')}.`);
			},
		},
	};
}
