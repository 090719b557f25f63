import type { APIRoute, GetStaticPaths } from 'astro';
import { getHostedSite, getLessons } from '../../lib/course-data';
import { routesIn } from '../../lib/routes';
import { hostedUrl, qrImagePath, qrSvg } from '../../lib/workshop/qr-code';
import { locales } from '../../i18n/locales';

/**
 * Each lesson's QR code as a picture of its own, /qr/<lesson path>.svg (qrImagePath), in every
 * language: the slides, speaker notes and handouts show it with <img> (QrCode.astro), so a
 * browser, and the offline zip, hold one copy instead of one a page. None without a real siteUrl.
 */
export const getStaticPaths = (async () => {
	const site = getHostedSite();
	if (site.kind !== 'real') return [];
	const pages = await Promise.all(
		locales.map(async (locale) => (await getLessons(locale)).map((lesson) => routesIn(locale).lesson(lesson.nav.module, lesson.nav.slug))),
	);
	return pages.flat().map((path) => ({
		params: { page: qrImagePath(path).replace(/^\/qr\/|\.svg$/g, '') },
		props: { url: hostedUrl(site.url, path)! },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) => {
	// A file of its own: the page's attributes (class, hidden from screen readers) are the <img>'s business.
	const svg = (await qrSvg(props.url)).replace(' class="qr-code" aria-hidden="true" focusable="false"', '');
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
