import { describe, expect, it } from 'vitest';
import { normaliseBase, normalisePath, withBase } from '../../src/lib/url';

describe('withBase', () => {
	it('keeps site paths at the root as they are', () => {
		expect(withBase('/', '/')).toBe('/');
		expect(withBase('/staying-safe/strong-passwords/', '/')).toBe('/staying-safe/strong-passwords/');
	});
	it('puts site paths under a sub-path, however the base is written', () => {
		for (const base of ['/course/', '/course', 'course', 'course/']) {
			expect(withBase('/glossary/', base)).toBe('/course/glossary/');
			expect(withBase('/', base)).toBe('/course/');
		}
	});
	it('adds the trailing slash pages need, but not to files', () => {
		expect(withBase('/glossary', '/')).toBe('/glossary/');
		expect(withBase('/images/icons/shield.svg', '/course/')).toBe('/course/images/icons/shield.svg');
	});
	it('keeps the query and the hash', () => {
		expect(withBase('/search?q=scam#results', '/course/')).toBe('/course/search/?q=scam#results');
		expect(withBase('/glossary/#password', '/')).toBe('/glossary/#password');
	});
	it('leaves external addresses, anchors and queries alone', () => {
		for (const url of ['https://www.usa.gov/', 'mailto:help@example.org', 'tel:+15551234', '#main', '?q=x', '//cdn.example/x.js']) {
			expect(withBase(url, '/course/')).toBe(url);
		}
	});
	it('refuses relative addresses, which break from sub-paths and file://', () => {
		expect(() => withBase('glossary/', '/')).toThrow('Internal addresses must start with "/": got "glossary/".');
	});
});

describe('normalisePath and normaliseBase', () => {
	it('normalises paths and bases', () => {
		expect(normalisePath('')).toBe('/');
		expect(normalisePath('/a/b')).toBe('/a/b/');
		expect(normalisePath('/a/b.svg')).toBe('/a/b.svg');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('///a/b//')).toBe('/a/b/');
	});
});
