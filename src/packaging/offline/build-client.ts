import { join } from 'node:path';
import { CLASSIC_SCRIPT } from '../../integrations/classic-script';
import { build } from 'esbuild';

/** The offline step's own browser scripts, bundled into classic scripts for the copy. */
export async function buildClientScripts(projectRoot: string): Promise<{ shell: string; page: string }> {
	const dir = join(projectRoot, 'src/packaging/offline/client');
	const bundle = async (file: string) => {
		const result = await build({
			...CLASSIC_SCRIPT,
			entryPoints: [join(dir, file)],
			write: false,
			logLevel: 'silent',
		});
		return result.outputFiles[0]!.text;
	};
	const [shell, page] = await Promise.all([bundle('shell.ts'), bundle('page.ts')]);
	return { shell, page };
}
