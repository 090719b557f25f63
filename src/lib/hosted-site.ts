import { isReservedHost } from './pretend-address';

/**
 * What the build knows of the hosted site, from course.yaml's `siteUrl` (or the SITE_URL
 * override): no address, an example address still waiting for the real one, or a real one.
 * QR codes and printed addresses are made only for a real address: a code that leads nowhere
 * wastes a whole room's time.
 */
export type HostedSite = { kind: 'none' } | { kind: 'placeholder'; url: string } | { kind: 'real'; url: string };

/** The site address to use: SITE_URL when set (tests build the site for a real address), else course.yaml's. */
export function configuredSiteUrl(courseSiteUrl: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
	return env.SITE_URL?.trim() || courseSiteUrl || undefined;
}

/** Sorts an address into none, placeholder (a host reserved for examples, such as *.example.org) or real. */
export function hostedSite(siteUrl: string | undefined): HostedSite {
	if (!siteUrl) return { kind: 'none' };
	let host: string;
	try {
		host = new URL(siteUrl).hostname;
	} catch {
		return { kind: 'none' }; // The course schema reports a malformed address.
	}
	return isReservedHost(host) ? { kind: 'placeholder', url: siteUrl } : { kind: 'real', url: siteUrl };
}

/** The one build warning for a placeholder address; undefined when there is nothing to say. */
export function placeholderWarning(site: HostedSite): string | undefined {
	if (site.kind !== 'placeholder') return undefined;
	return (
		`content/course.yaml: siteUrl is still the example address ${site.url}. ` +
		'Slides and handouts are built without QR codes and without printed addresses of course pages. ' +
		'Set siteUrl to the address where the course is hosted, such as https://skills.your-library.org/, and build again.'
	);
}
