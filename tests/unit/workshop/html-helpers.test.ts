import { describe, expect, it } from 'vitest';
import { scopeIds } from '../../../src/lib/workshop/scope-ids';
import { shiftHeadings } from '../../../src/lib/workshop/shift-headings';
import { displayUrl, hostedUrl, qrImagePath, qrSize, qrSvg } from '../../../src/lib/workshop/qr-code';
import { formatElapsed } from '../../../src/islands/deck/timer';
import { formatOffset } from '../../../src/lib/workshop/format';

describe('scopeIds', () => {
	it('prefixes ids and the references to them, and nothing else', () => {
		const html = '<section aria-labelledby="t x"><h3 id="t">A</h3><a href="#t">a</a><a href="#other">b</a><label for="t">c</label></section>';
		expect(scopeIds(html, 's2-')).toBe('<section aria-labelledby="s2-t x"><h3 id="s2-t">A</h3><a href="#s2-t">a</a><a href="#other">b</a><label for="s2-t">c</label></section>');
	});
});

describe('shiftHeadings', () => {
	it('moves headings down, no further than h6', () => {
		expect(shiftHeadings('<h2 id="a">A</h2><h3>B</h3><h5>C</h5>', 1)).toBe('<h3 id="a">A</h3><h4>B</h4><h6>C</h6>');
		expect(shiftHeadings('<h5>C</h5>', 3)).toBe('<h6>C</h6>');
		expect(shiftHeadings('<h2>A</h2>', 0)).toBe('<h2>A</h2>');
		// Only heading tags: not <header>, <hr>, nor "<h2>" written as text.
		expect(shiftHeadings('<header><h1 class="x">T</h1><hr><p>&lt;h2&gt; is a tag</p></header><h6>F</h6>', 1)).toBe('<header><h2 class="x">T</h2><hr><p>&lt;h2&gt; is a tag</p></header><h6>F</h6>');
	});
});

describe('QR codes', () => {
	it('builds the hosted address from the site address, with or without a sub-path', () => {
		expect(hostedUrl('https://example.org/', '/staying-safe/strong-passwords/')).toBe('https://example.org/staying-safe/strong-passwords/');
		expect(hostedUrl('https://example.org/course', '/staying-safe/')).toBe('https://example.org/course/staying-safe/');
		expect(hostedUrl(undefined, '/staying-safe/')).toBeUndefined();
		expect(displayUrl('https://example.org/a/')).toBe('example.org/a/');
	});
	it('makes an inline SVG hidden from screen readers (the address is written beside it)', async () => {
		const svg = await qrSvg('https://example.org/a/');
		expect(svg).toMatch(/^<svg class="qr-code" aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
		expect(svg).toContain('stroke="#000000"');
	});
	it('makes the code of an address once and gives the same picture to every page that asks', async () => {
		const first = qrSvg('https://example.org/b/');
		expect(qrSvg('https://example.org/b/')).toBe(first);
		expect(await qrSvg('https://example.org/c/')).not.toBe(await first);
	});
	it('names each page\'s QR picture after the page, in every language, and reads its size from the drawing', async () => {
		expect(qrImagePath('/staying-safe/strong-passwords/')).toBe('/qr/staying-safe/strong-passwords.svg');
		expect(qrImagePath('/fr/staying-safe/strong-passwords/')).toBe('/qr/fr/staying-safe/strong-passwords.svg');
		expect(() => qrImagePath('/')).toThrow(/page path/);
		const svg = await qrSvg('https://example.org/d/');
		const size = qrSize(svg);
		expect(size).toBeGreaterThanOrEqual(21 + 8); // the smallest code and its quiet zone
		expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
		expect(() => qrSize('<svg></svg>')).toThrow(/viewBox/);
	});
});

describe('time formats', () => {
	it('shows elapsed time and agenda offsets', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_500)).toBe('1:05');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
		expect(formatOffset(75)).toBe('1:15');
		expect(formatOffset(5)).toBe('0:05');
	});
});
