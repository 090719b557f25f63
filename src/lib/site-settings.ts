import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normaliseBase } from './url';
import { configuredSiteUrl } from './hosted-site';

/**
 * The hosted address and base path, read from course.yaml's `siteUrl` before the build starts.
 * `BASE_PATH` overrides the base (tests build the same site under a sub-path); `SITE_URL`
 * overrides the address (tests build the site for a real address, to read its QR codes).
 */
export function siteSettings(projectRoot: string = process.cwd()): { site?: string; base: string } {
	let fromCourse: string | undefined;
	try {
		const root = process.env.CONTENT_ROOT ?? 'content';
		const course = parse(readFileSync(join(projectRoot, root, 'course.yaml'), 'utf8')) as { siteUrl?: unknown };
		fromCourse = typeof course?.siteUrl === 'string' ? course.siteUrl : undefined;
	} catch {
		fromCourse = undefined; // The content check reports a missing or broken course file with a clear message.
	}
	const site = configuredSiteUrl(fromCourse);
	const address = site && URL.canParse(site) ? new URL(site) : undefined;
	if (site && !address && process.env.SITE_URL?.trim()) {
		throw new Error(`SITE_URL "${site}" is not a full web address: write it with "https://" at the start, such as "https://skills.your-library.org/".`);
	}
	// A malformed course.yaml siteUrl is left out here: the content check names the file and the field.
	if (site && !address) return { base: normaliseBase(process.env.BASE_PATH ?? '/') };
	const fromSite = address ? address.pathname : '/';
	return { site, base: normaliseBase(process.env.BASE_PATH ?? fromSite) };
}
