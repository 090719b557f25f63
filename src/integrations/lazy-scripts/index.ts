import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLASSIC_SCRIPT } from '../classic-script';
import { LAZY_SCRIPTS, NOTICE_WORDS, SELF_LOADED_SCRIPTS } from '../../lib/lazy-scripts';
import { noticeWords } from '../../islands/progress/notice-words';
import { locales } from '../../i18n/t';

/**
 * Builds each of LAZY_SCRIPTS and SELF_LOADED_SCRIPTS as one classic script that puts its exports on
 * a global, and writes the progress notices' words, one file a language (NOTICE_WORDS).
 */
export function lazyScripts(): AstroIntegration {
	let projectRoot = process.cwd();
	return {
		name: 'cds:lazy-scripts',
		hooks: {
			'astro:config:setup': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir }) => {
				for (const { file, entry, global } of [...Object.values(LAZY_SCRIPTS), ...Object.values(SELF_LOADED_SCRIPTS)]) {
					await build({
						...CLASSIC_SCRIPT,
						stdin: {
							contents: `import * as exported from ${JSON.stringify(`./${entry}`)};\n(globalThis as Record<string, unknown>)[${JSON.stringify(global)}] = exported;\n`,
							resolveDir: projectRoot,
							sourcefile: `${global}-entry.ts`,
							loader: 'ts',
						},
						outfile: join(fileURLToPath(dir), file),
						logLevel: 'warning',
					});
				}
				for (const locale of locales) {
					await build({
						...CLASSIC_SCRIPT,
						stdin: {
							contents: `import * as exported from ${JSON.stringify(`./${NOTICE_WORDS.entry}`)};\n(globalThis as Record<string, unknown>)[${JSON.stringify(NOTICE_WORDS.global)}] = exported;\n`,
							resolveDir: projectRoot,
							sourcefile: `${NOTICE_WORDS.global}-${locale}-entry.ts`,
							loader: 'ts',
						},
						define: { NOTICE_WORDS: JSON.stringify(noticeWords(locale)) },
						outfile: join(fileURLToPath(dir), NOTICE_WORDS.file.replace('{lang}', locale)),
						logLevel: 'warning',
					});
				}
			},
		},
	};
}
