import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../../src/integrations/search/extract-sources';

const page = (inside: string, outside = '') =>
	`<!doctype html><html lang="en"><head><title>T</title></head><body><header><nav>Menu</nav></header>${outside}<main><article class="lesson" data-lesson-id="a"><h1 data-pagefind-body>Title</h1><div data-pagefind-body>${inside}</div></article><nav>Pager</nav></main><footer>Foot</footer></body></html>`;

describe('searchablePart', () => {
	it('keeps only the lesson article when it holds every searchable element', () => {
		const part = searchablePart(page('<p>Text</p>'));
		expect(part.startsWith('<article class="lesson"')).toBe(true);
		expect(part.endsWith('</article>')).toBe(true);
		expect(part).toContain('<p>Text</p>');
		expect(part).not.toContain('Menu');
		expect(part).not.toContain('Pager');
	});

	it('keeps a nested article whole (a simulation inside the lesson)', () => {
		const part = searchablePart(page('<article class="message"><p>Inner</p></article><p>After</p>'));
		expect(part).toContain('<p>After</p>');
		expect(part.endsWith('</article>')).toBe(true);
	});

	it('gives the whole page when searchable text lies outside the article, so nothing is missed', () => {
		const html = page('<p>Text</p>', '<div data-pagefind-body>Outside</div>');
		expect(searchablePart(html)).toBe(html);
	});

	it('gives the whole page when it has no lesson article (the not-a-lesson check still sees it)', () => {
		const html = '<html><body class="handout"><div data-pagefind-body>Notes</div></body></html>';
		expect(searchablePart(html)).toBe(html);
	});
});
