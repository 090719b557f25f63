import type { AstroIntegration } from 'astro';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../../content-checks/problem';
import { vocabularyOf } from '../../search/lunr-index';
import { SEARCH_FILES } from '../../search/paths';
import { loadSynonyms } from '../../search/synonyms-file';
import type { SearchSettings } from '../../search/types';
import { buildUiBundle } from './build-ui-bundle';
import { extractSources } from './extract-sources';
import { writeLunrScript } from './write-lunr-script';
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
				const lunrBytes = writeLunrScript(outDir, sources);
				const lunrGzip = gzipSync(readFileSync(join(outDir, SEARCH_FILES.lunrIndex))).length;
				const uiBytes = await buildUiBundle(projectRoot, outDir, { synonyms, vocabulary: vocabularyOf(sources) });
				const pagefind = await writePagefind(outDir, pages);
				logger.info(
					`${sources.length} lessons indexed. Offline index ${kb(lunrBytes)} (${kb(lunrGzip)} gzip); interface ${kb(uiBytes)}; Pagefind files ${kb(pagefind.bytes)}.`,
				);
			},
		},
	};
}
