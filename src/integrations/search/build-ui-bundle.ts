import { join } from 'node:path';
import { build } from 'esbuild';
import { SEARCH_FILES } from '../../search/paths';
import { CLASSIC_SCRIPT } from '../classic-script';
import type { SearchSettings } from '../../search/types';

/**
 * Bundles the search interface as ONE classic script (an IIFE, no import/export), so it also runs
 * from file://, and the results' styles as one stylesheet beside it. The synonyms and the lessons' vocabulary are written into it: nothing to fetch.
 * esbuild comes with Astro.
 */
export async function buildUiBundle(projectRoot: string, outDir: string, settings: SearchSettings): Promise<number> {
	const result = await build({
		...CLASSIC_SCRIPT,
		stdin: {
			// The CSS import makes esbuild write SEARCH_FILES.uiStyles beside the script.
			contents: `import './src/components/search/search-results.css';\nimport { startSearch } from './src/search/ui/start';\nstartSearch(${JSON.stringify(settings)});\n`,
			resolveDir: projectRoot,
			sourcefile: 'search-ui-entry.ts',
			loader: 'ts',
		},
		outfile: join(outDir, SEARCH_FILES.ui),
		metafile: true,
		logLevel: 'warning',
	});
	return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}
