import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the example pages are built: /_examples/<island>/<example>/. */
export const EXAMPLES_PATH = '_examples';

/** The folder the examples are moved to after the build: beside the build's own, `dist` → `dist-examples`. */
export function examplesDirFor(outDir: string): string {
	return `${outDir.replace(/[\\/]+$/, '')}-examples`;
}

/**
 * Builds each island's examples (src/islands/<island>/examples/<example>.astro, small fixtures
 * that show the island in its states) as pages, for the component tests beside the islands. Only
 * when COMPONENT_EXAMPLES=1 (the test build, and `astro dev` when wanted): a learner's build never
 * has them. After the build they move out of the site into `<outDir>-examples/`, so the site's
 * own checks, search index, offline copy and SCORM package never see them; the test server serves
 * that folder beside the site, so the examples load the site's real scripts and styles.
 * Listed last among the integrations: the pages get the same policies (CSP) as the site's.
 */
export function componentExamples(): AstroIntegration {
	const enabled = process.env.COMPONENT_EXAMPLES === '1';
	return {
		name: 'component-examples',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (!enabled) return;
				injectRoute({ pattern: `/${EXAMPLES_PATH}/[island]/[example]`, entrypoint: new URL('./ExamplePage.astro', import.meta.url), prerender: true });
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!enabled) return;
				const outDir = fileURLToPath(dir);
				const built = join(outDir, EXAMPLES_PATH);
				const target = join(examplesDirFor(outDir), EXAMPLES_PATH);
				rmSync(dirname(target), { recursive: true, force: true });
				if (!existsSync(built)) return;
				mkdirSync(dirname(target), { recursive: true });
				renameSync(built, target);
				logger.info(`component examples moved to ${dirname(target)}`);
			},
		},
	};
}
