import type { AstroIntegration } from 'astro';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../../content-layer/problem';
import { vocabularyOf } from '../../search/lunr-index';
import { loadSynonyms } from '../../search/synonyms-file';
import type { SearchSettings } from '../../search/types';
import { buildUiBundle } from './build-ui-bundle';
import { extractSources } from './extract-sources';
import { writeLunrScripts } from './write-lunr-script';
import { writePagefind } from './write-pagefind';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Course search, written after the build from the built lesson pages: the Pagefind index (hosted
 * site), the lunr index as a classic script (offline copy), and the search interface bundle.
 */
export function courseSearch(): AstroIntegration {
	let projectRoot = process.cwd();
	let synonyms: SearchSettings['synonyms'] = { groups: [] };
	return {
		name: 'cds:search',
		hooks: {
			'astro:config:setup': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
				const loaded = loadSynonyms(projectRoot);
				if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
				synonyms = loaded.synonyms;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { sources, pages, problems } = extractSources(outDir);
				if (problems.length > 0) throw new Error(`Search index refused:\n${problems.join('\n')}`);
				const lunr = writeLunrScripts(outDir, sources).map(({ path, bytes }) => ({ bytes, gzip: gzipSync(readFileSync(join(outDir, path))).length }));
				const lunrBytes = lunr.reduce((sum, s) => sum + s.bytes, 0);
				const lunrGzip = lunr.reduce((sum, s) => sum + s.gzip, 0);
				const uiBytes = await buildUiBundle(projectRoot, outDir, { synonyms, vocabulary: vocabularyOf(sources) });
				const pagefind = await writePagefind(outDir, pages);
				logger.info(
					`${sources.length} lessons indexed. Offline index ${kb(lunrBytes)} (${kb(lunrGzip)} gzip${lunr.length > 1 ? ` in ${lunr.length - 1} parts and their list, largest ${kb(Math.max(...lunr.map((s) => s.gzip)))}` : ''}); interface ${kb(uiBytes)}; Pagefind files ${kb(pagefind.bytes)}.`,
				);
			},
		},
	};
}
