import type { AstroIntegration } from 'astro';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../../content-layer/problem';
import { vocabularyOf, type SearchSource } from '../../search/lunr-index';
import { SEARCH_LANGUAGES, searchLanguage } from '../../search/languages/index';
import { loadSynonyms } from '../../search/synonyms-file';
import type { SearchSettings } from '../../search/types';
import { buildUiBundle } from './build-ui-bundle';
import { extractSources } from './extract-sources';
import { writeLunrScripts } from './write-lunr-script';
import { writePagefind } from './write-pagefind';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The lessons of each language, by code (a page's `<html lang>`), English first. */
export function sourcesByLanguage(sources: readonly SearchSource[]): Map<string, SearchSource[]> {
	const byLanguage = new Map<string, SearchSource[]>([['en', []]]);
	for (const source of sources) {
		const code = source.language ?? 'en';
		byLanguage.set(code, [...(byLanguage.get(code) ?? []), source]);
	}
	return byLanguage;
}

/**
 * Course search, written after the build from the built lesson pages: the Pagefind index (hosted
 * site; Pagefind keeps one per language), and for each language its own lunr index as a classic
 * script (offline copy) and its own search interface bundle, so French lessons are searched from
 * French pages only, with French stems, stop words and synonyms, and English ones from English pages.
 */
export function courseSearch(): AstroIntegration {
	let projectRoot = process.cwd();
	const synonyms = new Map<string, SearchSettings['synonyms']>();
	return {
		name: 'cds:search',
		hooks: {
			'astro:config:setup': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
				for (const code of Object.keys(SEARCH_LANGUAGES)) {
					const loaded = loadSynonyms(projectRoot, code);
					if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
					synonyms.set(code, loaded.synonyms);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { sources, pages, problems } = extractSources(outDir);
				if (problems.length > 0) throw new Error(`Search index refused:\n${problems.join('\n')}`);
				const unknown = [...new Set(sources.map((s) => s.language ?? 'en'))].filter((code) => !SEARCH_LANGUAGES[code]);
				if (unknown.length) throw new Error(`Search index refused: lesson pages in ${unknown.join(', ')}, a language search does not know. Add src/search/languages/<code>.ts and list it in src/search/languages/index.ts.`);
				for (const [code, inLanguage] of sourcesByLanguage(sources)) {
					if (code !== 'en' && inLanguage.length === 0) continue;
					const language = searchLanguage(code);
					const lunr = writeLunrScripts(outDir, inLanguage, language).map(({ path, bytes }) => ({ bytes, gzip: gzipSync(readFileSync(join(outDir, path))).length }));
					const lunrBytes = lunr.reduce((sum, s) => sum + s.bytes, 0);
					const lunrGzip = lunr.reduce((sum, s) => sum + s.gzip, 0);
					const uiBytes = await buildUiBundle(projectRoot, outDir, { synonyms: synonyms.get(code) ?? { groups: [] }, vocabulary: vocabularyOf(inLanguage) }, code);
					logger.info(
						`${code}: ${inLanguage.length} lessons indexed. Offline index ${kb(lunrBytes)} (${kb(lunrGzip)} gzip${lunr.length > 1 ? ` in ${lunr.length - 1} parts and their list, largest ${kb(Math.max(...lunr.map((s) => s.gzip)))}` : ''}); interface ${kb(uiBytes)}.`,
					);
				}
				const pagefind = await writePagefind(outDir, pages);
				logger.info(`Pagefind files ${kb(pagefind.bytes)}.`);
			},
		},
	};
}
