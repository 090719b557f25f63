import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales';
import { zipOf } from './offline-copy';

/**
 * What the browser tests open: both builds, the islands' examples, both builds' offline copies and
 * zips (one a language) and the SCORM packages. The zips are listed because a plain `npm run build`
 * empties dist/ of them while every output stays newer than the code.
 */
export const TEST_OUTPUTS = [
	'dist/index.html',
	'dist-examples/_examples',
	'dist-subpath/index.html',
	...locales.flatMap((locale) => [`dist-offline/${locale}/index.html`, `dist-subpath-offline/${locale}/index.html`, zipOf('dist', locale), zipOf('dist-subpath', locale)]),
	'dist-scorm',
];
/** What the builds are made from. */
export const BUILD_SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tests/support/test-sites.mjs'];

/** Times in ms (of a folder: its newest file); undefined for a file that is missing. */
export interface BuildTimes {
	newestSource: number;
	outputs: Record<string, number | undefined>;
}

/** Why the test builds must be made again, or undefined when every output is newer than every source. */
export function staleBuildReason({ newestSource, outputs }: BuildTimes): string | undefined {
	const missing = Object.keys(outputs).filter((path) => outputs[path] === undefined);
	if (missing.length) return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`;
	const old = Object.keys(outputs).filter((path) => outputs[path]! < newestSource);
	if (old.length) return `${old.join(', ')} ${old.length === 1 ? 'is' : 'are'} older than the code or content`;
	return undefined;
}

/** Test files beside the code they test (src/islands/<island>/*.spec.ts): not part of any build. */
const NOT_BUILT = /\.spec\.ts$/;

function newestIn(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) if (!NOT_BUILT.test(entry)) newest = Math.max(newest, newestIn(join(path, entry)));
	return newest;
}

/** Reads the times of the sources and outputs in `root`. */
export function readBuildTimes(root = '.'): BuildTimes {
	return {
		newestSource: Math.max(...BUILD_SOURCES.map((path) => newestIn(join(root, path)))),
		outputs: Object.fromEntries(TEST_OUTPUTS.map((path) => [path, existsSync(join(root, path)) ? newestIn(join(root, path)) : undefined])),
	};
}
