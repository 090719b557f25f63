import { join } from 'node:path';
import { build } from 'esbuild';
import { searchFiles } from '../../search/paths';
import { CLASSIC_SCRIPT } from '../classic-script';
import type { SearchSettings } from '../../search/types';

/**
 * Bundles one language's search interface as ONE classic script (an IIFE, no import/export), so it
 * also runs from file://, and the results' styles as one stylesheet beside it. The synonyms, the
 * lessons' vocabulary, the language's stemmer (src/search/languages/<code>.ts) and its interface
 * words (src/i18n/<code>/) are written into it: nothing to fetch. esbuild comes with Astro.
 */
export async function buildUiBundle(projectRoot: string, outDir: string, settings: SearchSettings, code = 'en'): Promise<number> {
	const result = await build({
		...CLASSIC_SCRIPT,
		stdin: {
			// The CSS import makes esbuild write the interface's styles (uiStyles) beside the script.
			contents: [
				`import './src/components/search/search-results.css';`,
				`import { startSearch } from './src/search/ui/start';`,
				`import { language } from './src/search/languages/${code}';`,
				`import { search } from './src/i18n/${code}/search';`,
				`import { duration } from './src/i18n/${code}/duration';`,
				`startSearch(${JSON.stringify(settings)}, language, { search, duration });`,
			].join('\n'),
			resolveDir: projectRoot,
			sourcefile: 'search-ui-entry.ts',
			loader: 'ts',
		},
		outfile: join(outDir, searchFiles(code).ui),
		metafile: true,
		logLevel: 'warning',
	});
	return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}
