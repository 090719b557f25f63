/**
 * The islands' examples (src/islands/<island>/examples/<example>.astro: small fixtures that show an
 * island in its states) are built as a site of their own for the component tests beside the
 * islands: with COMPONENT_EXAMPLES=1, Astro's source folder is ./site, whose only route is one page
 * per example (site/pages/[island]/[example].astro; a French example, examples/fr/<example>.astro,
 * under /fr/ by site/pages/fr/[island]/[example].astro), and the course's own pages are not built. Its
 * own build, so the examples never change the course's build (its pages, chunks, search index,
 * offline copy, SCORM package). scripts/build-for-tests.mjs builds it under the base /_examples/
 * into dist-examples/_examples/; the root test server serves that folder beside the site.
 */
export const EXAMPLES_BASE = '/_examples/';

/** The source folder for astro.config.mjs: the examples' site when COMPONENT_EXAMPLES=1, else the course's. */
export function sourceFolder(): string {
	return process.env.COMPONENT_EXAMPLES === '1' ? './src/integrations/component-examples/site' : './src';
}
