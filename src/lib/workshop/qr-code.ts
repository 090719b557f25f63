import QRCode from 'qrcode';

/**
 * The address of a site path on the hosted site, from course.yaml's `siteUrl` (which may carry a
 * sub-path, such as https://example.org/course/). Undefined when no site address is set.
 */
export function hostedUrl(siteUrl: string | undefined, path: string): string | undefined {
	if (!siteUrl) return undefined;
	const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
	return new URL(path.replace(/^\/+/, ''), base).href;
}

/**
 * A QR code of an address as inline SVG, made at build time: dark squares on a light quiet zone,
 * the colours phone cameras read best, whatever the page's theme. The address is written out
 * next to it for people who type it, so the picture itself is hidden from screen readers.
 */
export function qrSvg(text: string): Promise<string> {
	// The same address is drawn on several pages (a lesson's deck, notes and handouts): made once.
	let svg = madeQrCodes.get(text);
	if (!svg) madeQrCodes.set(text, (svg = makeQrSvg(text)));
	return svg;
}

const madeQrCodes = new Map<string, Promise<string>>();

async function makeQrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
	return svg.trim().replace('<svg ', '<svg class="qr-code" aria-hidden="true" focusable="false" ');
}

/**
 * Where a page's QR code is written, as a picture of its own (src/pages/qr/[...page].svg.ts):
 * `/getting-started/use-a-mouse/` -> `/qr/getting-started/use-a-mouse.svg`. A lesson's code is on
 * its slides, its notes and two handouts: one cached file instead of a copy in each page.
 */
export function qrImagePath(pagePath: string): string {
	const page = pagePath.replace(/^\/+|\/+$/g, '');
	if (!page) throw new Error('A QR code picture needs a page path, not the home page');
	return `/qr/${page}.svg`;
}

/** The width (and height) of a QR code picture, in its own units: its viewBox. */
export function qrSize(svg: string): number {
	const size = /viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1];
	if (!size) throw new Error('The QR code has no viewBox');
	return Number(size);
}

/** An address without its scheme, easier to read out and type: "example.org/staying-safe/". */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
