import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../../lib/site-settings';
import { loadCourseFile } from '../../content-layer/course-files';

/** Used when neither SOURCE_DATE_EPOCH nor git can say when this version was made. */
const FALLBACK_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * When this version was made: SOURCE_DATE_EPOCH (the reproducible-builds convention) or the date
 * of the last commit. Never "now": the same sources must give the same zip, byte for byte.
 */
export function releaseDate(projectRoot: string): Date {
	const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
	if (Number.isFinite(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
	try {
		const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
		if (Number.isFinite(seconds) && seconds > 0) return new Date(seconds * 1000);
	} catch {
		// Not a git checkout (an exported source tree): use the fixed date.
	}
	return FALLBACK_DATE;
}

/** The facts the package step needs, from the same course file reader as astro.config.mjs. */
export function packageSettings(projectRoot: string) {
	const { site, base } = siteSettings(projectRoot);
	const { course } = loadCourseFile(projectRoot);
	const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown };
	return {
		base,
		// The hosted course's own address: the site's origin under the base it was built with.
		siteUrl: site ? new URL(base, site).href : undefined,
		courseTitle: course?.title ?? 'Community Digital Skills',
		version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
		date: releaseDate(projectRoot),
	};
}
