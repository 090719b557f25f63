import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLASSIC_SCRIPT } from '../classic-script';
import { LAZY_GLOBAL, SELF_LOADED_SCRIPTS } from '../../lib/lazy-scripts';
import { NOTICE_SCRIPT } from '../../islands/progress/notice-script';
import { LAZY_SCRIPT_ENTRIES, NOTICE_ENTRY, SELF_LOADED_ENTRIES } from './entries';
import { noticeWords } from '../../islands/progress/notice-words';
import { locales } from '../../i18n/t';

/**
 * Builds each lazy script (entries.ts) and each of SELF_LOADED_SCRIPTS as one classic script that puts its exports on
 * a global, and writes the progress notices' words, one file a language (NOTICE_SCRIPT).
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
				const scripts = [
					// A lazy script adds its exports to the one shared global, under its name (lazy-scripts.ts).
					...Object.entries(LAZY_SCRIPT_ENTRIES).map(([name, entry]) => ({
						entry,
						file: `lazy/${name}.js`,
						assign: `((globalThis as Record<string, any>)[${JSON.stringify(LAZY_GLOBAL)}] ??= {})[${JSON.stringify(name)}] = exported;`,
						label: name,
					})),
					...Object.entries(SELF_LOADED_SCRIPTS).map(([name, { file, global }]) => ({
						entry: SELF_LOADED_ENTRIES[name as keyof typeof SELF_LOADED_ENTRIES],
						file,
						assign: `(globalThis as Record<string, unknown>)[${JSON.stringify(global)}] = exported;`,
						label: global,
					})),
				];
				for (const { entry, file, assign, label } of scripts) {
					await build({
						...CLASSIC_SCRIPT,
						stdin: {
							contents: `import * as exported from ${JSON.stringify(`./${entry}`)};\n${assign}\n`,
							resolveDir: projectRoot,
							sourcefile: `${label}-entry.ts`,
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
							contents: `import * as exported from ${JSON.stringify(`./${NOTICE_ENTRY}`)};\n(globalThis as Record<string, unknown>)[${JSON.stringify(NOTICE_SCRIPT.global)}] = exported;\n`,
							resolveDir: projectRoot,
							sourcefile: `${NOTICE_SCRIPT.global}-${locale}-entry.ts`,
							loader: 'ts',
						},
						define: { NOTICE_WORDS: JSON.stringify(noticeWords(locale)) },
						outfile: join(fileURLToPath(dir), NOTICE_SCRIPT.file.replace('{lang}', locale)),
						logLevel: 'warning',
					});
				}
			},
		},
	};
}
