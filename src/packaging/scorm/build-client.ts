import { join } from 'node:path';
import { build } from 'esbuild';
import { CLASSIC_SCRIPT } from '../../integrations/classic-script';
import type { ScormShellConfig } from './shell-config';

/** The SCORM package's shell script (offline shell + platform adapter) as one classic script. */
export async function buildScormShell(projectRoot: string, config: ScormShellConfig): Promise<string> {
	const result = await build({
		...CLASSIC_SCRIPT,
		entryPoints: [join(projectRoot, 'src/packaging/scorm/client/scorm-shell.ts')],
		define: { __CDS_SCORM__: JSON.stringify(config) },
		write: false,
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}
