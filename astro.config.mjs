// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecks } from './src/integrations/content-checks';
import { pagePolicies } from './src/integrations/csp';
import { courseSearch } from './src/integrations/search';
import { lazyScripts } from './src/integrations/lazy-scripts';
import { localeNotFoundPages } from './src/integrations/locale-404';
import { buildStages, timed } from './src/integrations/build-timings';
import { readAloud } from './src/islands/read-aloud/integration';
import { frenchTypographyPlugin } from './src/content-layer/french-typography-plugin';
import { sourceFolder } from './src/integrations/component-examples';
import { siteSettings } from './src/lib/site-settings';
import { earlyTextSizeScript } from './src/scripts/early-text-size';
import { locales, defaultLocale } from './src/i18n/locales';

// The hosted address and its sub-path come from content/course.yaml (siteUrl), the one place to
// set them; BASE_PATH overrides the sub-path (tests build the same site under /course/).
const { site, base } = siteSettings();
/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
	site,
	base,
	outDir: process.env.OUT_DIR ?? './dist',
	// The islands' examples, for the component tests, are a site of their own (COMPONENT_EXAMPLES=1).
	srcDir: sourceFolder(),
	trailingSlash: 'always',
	// Every stylesheet is a file of its own, never a <style> in the page: a style used by many pages
	// (handouts, decks, speaker notes, quizzes) is then downloaded once and cached, and the offline
	// zip, which compresses each file alone, holds it once instead of once a page.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// English at the root, every other language under /<locale>/ (src/pages/[locale]/ holds thin route
	// files over the same page bodies). Components read the page's language from Astro.currentLocale.
	// A static site cannot negotiate: no redirect, the language switch and a one-line offer instead.
	i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
	// timed() only measures when BUILD_TIMINGS_FILE is set (npm run bench).
	// MDX `optimize`: a lesson's plain parts compile to HTML strings, not one JSX call per element,
	// so the bundler holds far fewer syntax nodes (a smaller memory peak for a big course). Links and
	// pictures stay components (MarkdownLink, MarkdownImage, PrintLink replace them). Those strings
	// leave " and ' in text as they are, where Astro writes &quot; and &#39;: the same text.
	integrations: [buildStages(), ...timed([localeNotFoundPages(), contentChecks(), mdx({ optimize: { ignoreElementNames: ['a', 'img'] } }), courseSearch(), lazyScripts(), readAloud(), pagePolicies()])],
	// Astro's own Markdown processor (Sätteri), as by default, plus French no-break spaces in French
	// lessons (content/fr/ only); MDX uses this processor too.
	markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [frenchTypographyPlugin] }) },
	devToolbar: { enabled: false },
	prefetch: false,
	vite: {
		build: {
			rollupOptions: {
				// MDX lessons carry Astro's "use astro:head-inject" marker; the bundler warns once per
				// lesson that it may drop it, and Astro handles it itself. Hiding that one warning keeps
				// a real warning visible in the build output.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
				output: {
					// Every small file a page loads costs its own gzip start-up, so the scripts load as few
					// files as can be. Each group takes the files it names and what they import; a file goes to
					// the first group that wants it, in this order.
					codeSplitting: {
						groups: [
							// The browser kit (startAll, fill, storage access, progress events) with the header's script
							// (search box and Listen loaders, text size) and the language switch, which every page runs.
							{
								name: 'kit',
								test: (id) =>
									/\/src\/(lib\/start-all|lib\/storage\/storage-access|i18n\/fill|lib\/progress-events)\.ts$/.test(id) ||
									/\/src\/components\/(Header\.astro\?astro&type=script|header-scripts\.ts$)/.test(id) ||
									/\/src\/components\/language\/language-choice\.ts$/.test(id),
							},
							// The lesson's progress box, which lesson, quiz and practice pages run.
							{ name: 'progress', test: /\/src\/islands\/progress\/LessonProgress\.astro\?astro&type=script|\/src\/lib\/lazy-scripts\.ts$/ },
							// How a result changes a lesson's record, for quiz and practice pages to save one when the store
							// never came (keep-results.ts): their own small file, not the whole store's, and not on lesson pages.
							{ name: 'results', test: /\/src\/(islands\/progress\/keep-results|lib\/progress\/result-change)\.ts$/ },
							// The whole store: pages that show progress at once (home, module, My progress, certificate).
							// Lesson, quiz and practice pages load it only when the learner acts (lesson-progress.ts).
							{ name: 'progress-store', test: /\/src\/islands\/progress\/open-store\.ts$/ },
						],
					},
				},
			},
		},
	},
	security: {
		csp: {
			algorithm: 'SHA-256',
			// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly when it cannot use its worker
			// (it allows WebAssembly only, not JavaScript eval). The one inline script applies the
			// saved text size before the page paints.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(earlyTextSizeScript)] },
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "connect-src 'self'", "frame-src 'self'"],
		},
	},
});
