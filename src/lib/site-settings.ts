import { loadCourseFile } from '../content-layer/course-files';
import { normaliseBase } from './url';
import { configuredSiteUrl } from './hosted-site';

/**
 * The hosted address and base path, from course.yaml's `siteUrl` (the validated course file, read
 * once and shared with the content check and the pages), before the build starts.
 * `BASE_PATH` overrides the base (tests build the same site under a sub-path); `SITE_URL`
 * overrides the address (tests build the site for a real address, to read its QR codes).
 */
export function siteSettings(projectRoot: string = process.cwd()): { site?: string; base: string } {
	// A missing or malformed course file leaves the address out here: the content check names the file and the field.
	const fromCourse = loadCourseFile(projectRoot).course?.siteUrl;
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
