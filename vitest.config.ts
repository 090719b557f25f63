/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for pure logic (schemas, helpers, content checks, stores). Browser behaviour is
// tested with Playwright against the built site.
// Most test files share one module graph per worker (isolate: false): loading Astro's and the
// content layer's modules once instead of once a file halves the run. The files that replace
// modules, change globals or the content cache run isolated, each in a fresh graph.
const ISOLATED = [
	'tests/unit/content/no-stale-copy.test.ts',
	'tests/unit/content/frozen-content.test.ts',
	'tests/unit/content/release-trees.test.ts',
	'tests/unit/content/locale-content.test.ts',
	'tests/unit/i18n/dictionary-build-check.test.ts',
	'tests/unit/workshop/hosted-site.test.ts',
	'tests/unit/workshop/timer.test.ts',
	'tests/unit/scorm/scorm-session.test.ts',
	'tests/unit/offline-package.test.ts',
	'tests/unit/i18n-fill.test.ts',
	'tests/unit/browser-kit/start-all.test.ts',
];

export default getViteConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
			{ extends: true, test: { name: 'isolated', include: ISOLATED } },
		],
	},
});
