import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normaliseBase } from './url';

/**
 * The hosted address and base path, read from course.yaml's `siteUrl` before the build starts.
 * `BASE_PATH` overrides the base (tests build the same site under a sub-path).
 */
export function siteSettings(projectRoot: string = process.cwd()): { site?: string; base: string } {
	let site: string | undefined;
	try {
		const root = process.env.CONTENT_ROOT ?? 'content';
		const course = parse(readFileSync(join(projectRoot, root, 'course.yaml'), 'utf8')) as { siteUrl?: unknown };
		site = typeof course?.siteUrl === 'string' ? course.siteUrl : undefined;
	} catch {
		site = undefined; // The content check reports a missing or broken course file with a clear message.
	}
	const fromSite = site ? new URL(site).pathname : '/';
	return { site, base: normaliseBase(process.env.BASE_PATH ?? fromSite) };
}
