import { describe, expect, it } from 'vitest';
import { configuredSiteUrl, hostedSite, placeholderWarning } from '../../../src/lib/hosted-site';
import { contentChecks } from '../../../src/integrations/content-checks';
import { pathToFileURL } from 'node:url';

describe('the hosted site address and QR codes', () => {
	it('an example address is a placeholder: no QR codes, one warning that says what to change', () => {
		for (const url of ['https://digital-skills.example.org/', 'https://example.com/course/', 'https://skills.library.example/', 'http://localhost:4321/']) {
			expect(hostedSite(url).kind, url).toBe('placeholder');
		}
		expect(placeholderWarning(hostedSite('https://digital-skills.example.org/'))).toMatchInlineSnapshot(`"content/course.yaml: siteUrl is still the example address https://digital-skills.example.org/. Slides and handouts are built without QR codes and without printed addresses of course pages. Set siteUrl to the address where the course is hosted, such as https://skills.your-library.org/, and build again."`);
	});

	it('a real address gets QR codes and no warning; no address gets neither', () => {
		expect(hostedSite('https://skills.library.community/course/')).toEqual({ kind: 'real', url: 'https://skills.library.community/course/' });
		expect(placeholderWarning(hostedSite('https://skills.library.community/'))).toBeUndefined();
		expect(hostedSite(undefined)).toEqual({ kind: 'none' });
		expect(placeholderWarning(hostedSite(undefined))).toBeUndefined();
	});

	it('SITE_URL overrides course.yaml, so tests can build for a real address', () => {
		expect(configuredSiteUrl('https://digital-skills.example.org/', { SITE_URL: 'https://skills.library.community/' })).toBe('https://skills.library.community/');
		expect(configuredSiteUrl('https://digital-skills.example.org/', {})).toBe('https://digital-skills.example.org/');
		expect(configuredSiteUrl(undefined, { SITE_URL: ' ' })).toBeUndefined();
	});

	it('the build warns once, before any page is made, when the course has the example address', async () => {
		const warnings: string[] = [];
		const logger = { info: () => undefined, warn: (m: string) => warnings.push(m) };
		const before = process.env.SITE_URL;
		process.env.SITE_URL = 'https://digital-skills.example.org/';
		try {
			const hook = contentChecks().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
			hook({ config: { root: pathToFileURL(`${process.cwd()}/`) }, logger, addWatchFile: () => undefined });
		} finally {
			if (before === undefined) delete process.env.SITE_URL;
			else process.env.SITE_URL = before;
		}
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('siteUrl is still the example address');
	}, 60_000);
});
