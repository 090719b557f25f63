import { join } from 'node:path';
import { build } from 'esbuild';
import { CLASSIC_SCRIPT } from '../../integrations/classic-script';
import { READ_ALOUD_FILES } from './paths';

/**
 * Bundles the reader as ONE classic script (an IIFE: it also runs from file://) and its styles
 * beside it, under the built site. Returns the bytes written.
 */
export async function buildReaderBundle(projectRoot: string, outDir: string): Promise<number> {
	const result = await build({
		...CLASSIC_SCRIPT,
		stdin: {
			// The CSS import makes esbuild write READ_ALOUD_FILES.styles beside the script.
			contents: `import './src/islands/read-aloud/reader.css';\nimport './src/islands/read-aloud/reader-entry';\n`,
			resolveDir: projectRoot,
			sourcefile: 'read-aloud-entry.ts',
			loader: 'ts',
		},
		outfile: join(outDir, READ_ALOUD_FILES.script),
		metafile: true,
		logLevel: 'warning',
	});
	return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}
