import { join } from 'node:path';
import { BROWSER_TARGET } from './browser-target';
import { build } from 'esbuild';

/** The offline step's own browser scripts, bundled into classic scripts for the copy. */
export async function buildClientScripts(projectRoot: string): Promise<{ shell: string; page: string }> {
	const dir = join(projectRoot, 'src/integrations/offline/client');
	const bundle = async (file: string) => {
		const result = await build({
			entryPoints: [join(dir, file)],
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: BROWSER_TARGET,
			minify: true,
			legalComments: 'none',
			charset: 'utf8',
			write: false,
			logLevel: 'silent',
		});
		return result.outputFiles[0]!.text;
	};
	const [shell, page] = await Promise.all([bundle('shell.ts'), bundle('page.ts')]);
	return { shell, page };
}
