import { describe, expect, it } from 'vitest';
import { cspHash, updateCspHashes } from '../../src/integrations/csp/csp-hashes';
import { relativePath, rewriteCssUrls, rewriteFolderUrl, rewriteMetaRefresh, rewriteSrcset, rewriteUrl, type UrlContext } from '../../src/packaging/offline/rewrite-url';
import { hashToPage, pageToHash } from '../../src/packaging/offline/client/shell-address';
import { rewriteJsonUrls } from '../../src/packaging/offline/rewrite-json-urls';
import { parse } from 'node-html-parser';

const files = new Set(['index.html', 'glossary/index.html', 'staying-safe/strong-passwords/index.html', 'images/a.svg', 'images/my pic.svg', '_astro/site.css', 'search/index.html', 'old.html']);
const context = (base = '/'): UrlContext => ({ base, exists: (p) => files.has(p), problems: [] });
const lesson = 'staying-safe/strong-passwords/index.html';

describe('rewriteFolderUrl (a folder that client code uses as a base)', () => {
	it('gives the relative folder, whether or not the copy has its page, and never a page standing in for it', () => {
		// A French zip: no English home page; links to it lead to the French home, a base must not.
		const ctx: UrlContext = { base: '/course/', exists: (p) => p === 'fr/index.html', problems: [], standIn: (p) => `fr/${p}` };
		expect(rewriteUrl('/course/', 'fr/index.html', ctx)).toBe('index.html');
		expect(rewriteFolderUrl('/course/', 'fr/index.html', ctx)).toBe('../');
		expect(rewriteFolderUrl('/course/', 'index.html', ctx)).toBe('./');
		expect(rewriteFolderUrl('/course/', lesson, ctx)).toBe('../../');
		expect(rewriteFolderUrl('/course/search/', lesson, ctx)).toBe('../../search/');
		expect(ctx.problems).toEqual([]);
	});

	it('rewrites an address that is not a folder as any other', () => {
		const ctx = context();
		expect(rewriteFolderUrl('/glossary', lesson, ctx)).toBe('../../glossary/index.html');
	});
});

describe('a link to a page the copy leaves out', () => {
	it('leads to the page standing in for it, and an address with none is a problem', () => {
		const ctx: UrlContext = { ...context(), standIn: (p) => (p === 'progress/index.html' ? 'glossary/index.html' : undefined) };
		expect(rewriteUrl('/progress/#take', lesson, ctx)).toBe('../../glossary/index.html#take');
		expect(ctx.problems).toEqual([]);
		rewriteUrl('/certificate/', lesson, ctx);
		expect(ctx.problems).toEqual([`${lesson}: "/certificate/" points at a missing page (certificate/index.html).`]);
	});
});

describe('rewriteUrl', () => {
	it('makes root-absolute addresses relative, with index.html for folders', () => {
		const ctx = context();
		expect(rewriteUrl('/', lesson, ctx)).toBe('../../index.html');
		expect(rewriteUrl('/glossary/', lesson, ctx)).toBe('../../glossary/index.html');
		expect(rewriteUrl('/glossary/', 'index.html', ctx)).toBe('glossary/index.html');
		expect(rewriteUrl('/images/a.svg', 'index.html', ctx)).toBe('images/a.svg');
		expect(rewriteUrl('/staying-safe/strong-passwords/', lesson, ctx)).toBe('index.html');
		expect(ctx.problems).toEqual([]);
	});

	it('keeps the query and the hash', () => {
		const ctx = context();
		expect(rewriteUrl('/search/?q=scam#results', lesson, ctx)).toBe('../../search/index.html?q=scam#results');
		expect(rewriteUrl('/glossary/#password', 'index.html', ctx)).toBe('glossary/index.html#password');
	});

	it('removes the base the site was built under', () => {
		const ctx = context('/course/');
		expect(rewriteUrl('/course/', lesson, ctx)).toBe('../../index.html');
		expect(rewriteUrl('/course', 'index.html', ctx)).toBe('index.html');
		expect(rewriteUrl('/course/glossary/', lesson, ctx)).toBe('../../glossary/index.html');
		expect(ctx.problems).toEqual([]);
	});

	it('finds the file behind an address without a slash', () => {
		const ctx = context();
		expect(rewriteUrl('/glossary', 'index.html', ctx)).toBe('glossary/index.html');
		expect(rewriteUrl('/old', 'index.html', ctx)).toBe('old.html');
	});

	it('checks encoded names against the real file name', () => {
		const ctx = context();
		expect(rewriteUrl('/images/my%20pic.svg', lesson, ctx)).toBe('../../images/my%20pic.svg');
		expect(ctx.problems).toEqual([]);
	});

	it('gives relative folder links index.html too', () => {
		const ctx = context();
		expect(rewriteUrl('../../glossary/', lesson, ctx)).toBe('../../glossary/index.html');
		expect(rewriteUrl('./', 'glossary/index.html', ctx)).toBe('index.html');
	});

	it('leaves external addresses, anchors, queries and data alone', () => {
		const ctx = context();
		for (const url of ['https://www.usa.gov/', '//cdn.example/x.js', 'mailto:a@b.org', 'tel:+331', '#main', '?q=x', 'data:image/png;base64,AA', '']) {
			expect(rewriteUrl(url, lesson, ctx)).toBe(url);
		}
		expect(ctx.problems).toEqual([]);
	});

	it('reports addresses outside the base or to missing files', () => {
		const ctx = context('/course/');
		rewriteUrl('/other/', 'index.html', ctx);
		rewriteUrl('/course/nowhere/', 'index.html', ctx);
		rewriteUrl('/course/images/none.svg', 'index.html', ctx);
		rewriteUrl('../../x/', 'index.html', ctx);
		expect(ctx.problems).toEqual([
			'index.html: "/other/" is outside the base /course/ the site was built with.',
			'index.html: "/course/nowhere/" points at a missing page (nowhere/index.html).',
			'index.html: "/course/images/none.svg" points at a missing file (images/none.svg).',
			'index.html: "../../x/" points outside the site.',
		]);
	});

	it('never writes a path that reads as a scheme', () => {
		expect(relativePath('index.html', 'a:b/index.html')).toBe('./a:b/index.html');
	});
});

describe('srcset, CSS and meta refresh', () => {
	it('rewrites every candidate of a srcset and keeps the descriptors', () => {
		const ctx = context();
		expect(rewriteSrcset('/images/a.svg 1x, /images/a.svg 2x', lesson, ctx)).toBe('../../images/a.svg 1x, ../../images/a.svg 2x');
		expect(rewriteSrcset('/images/a.svg 480w,/images/a.svg', 'index.html', ctx)).toBe('images/a.svg 480w, images/a.svg');
		expect(rewriteSrcset('data:image/png;base64,AA,BB 1x', 'index.html', ctx)).toBe('data:image/png;base64,AA,BB 1x');
	});

	it('rewrites url() in every quoting and @import, relative to the stylesheet', () => {
		const ctx = context();
		const css = `@import "/_astro/site.css";a{background:url(/images/a.svg)}b{background:url( '/images/a.svg' )}c{background:url("/images/a.svg#x")}d{background:url(data:image/svg+xml,%3Csvg%3E)}`;
		expect(rewriteCssUrls(css, '_astro/site.css', ctx)).toBe(
			`@import "site.css";a{background:url(../images/a.svg)}b{background:url('../images/a.svg')}c{background:url("../images/a.svg#x")}d{background:url(data:image/svg+xml,%3Csvg%3E)}`,
		);
	});

	it("rewrites the target of Astro's redirect pages", () => {
		expect(rewriteMetaRefresh('0;url=/glossary/', 'old.html', context())).toBe('0;url=glossary/index.html');
	});
});

describe('JSON data blocks', () => {
	const block = (json: string, type = 'application/json') => `<p>x</p><script type="${type}" id="data">${json}</script>`;
	const rewrite = (html: string, file = lesson, ctx = context()) => {
		const root = parse(html, { blockTextElements: { script: true } });
		rewriteJsonUrls(root, file, ctx);
		return root.querySelector('#data')!.rawText;
	};

	it('makes every site address in them relative to the page, at any depth, and leaves other strings alone', () => {
		const json = JSON.stringify({ title: 'A <b> course', url: '/', modules: [{ url: '/glossary/', lessons: [{ title: 'a / b', url: '/staying-safe/strong-passwords/#quiz' }] }], n: 3, ok: true, none: null });
		expect(JSON.parse(rewrite(block(json.replace(/</g, '\\u003c'))))).toEqual({
			title: 'A <b> course',
			url: '../../index.html',
			modules: [{ url: '../../glossary/index.html', lessons: [{ title: 'a / b', url: 'index.html#quiz' }] }],
			n: 3,
			ok: true,
			none: null,
		});
		// Still no "<" that could close the block early.
		expect(rewrite(block(json.replace(/</g, '\\u003c')))).not.toContain('<');
	});

	it('removes the base, and reports an address that points at no page', () => {
		expect(JSON.parse(rewrite(block('{"url":"/course/glossary/"}'), 'index.html', context('/course/')))).toEqual({ url: 'glossary/index.html' });
		const ctx = context();
		rewrite(block('{"url":"/nowhere/"}'), 'index.html', ctx);
		expect(ctx.problems).toEqual(['index.html: "/nowhere/" points at a missing page (nowhere/index.html).']);
	});

	it('leaves scripts, and blocks that are not JSON, as they are', () => {
		expect(rewrite(block('const a = "/glossary/";', 'text/javascript'))).toBe('const a = "/glossary/";');
		expect(rewrite(block('{"url": "/glossary/"'))).toBe('{"url": "/glossary/"');
		expect(rewrite(block('{ "url": "https://example.org/" }'))).toBe('{ "url": "https://example.org/" }');
	});
});

describe('content security policy hashes', () => {
	const policy = `default-src 'self'; script-src 'self' ${cspHash('old()')} ${cspHash('kept()')}; style-src 'self' ${cspHash('a{}')}`;

	it('adds the new body, drops the old one, keeps the rest', () => {
		const next = updateCspHashes(policy, [{ directive: 'style-src', before: 'a{}', after: 'b{}' }, { directive: 'script-src', before: 'old()' }], new Set([cspHash('kept()')]));
		expect(next).toBe(`default-src 'self'; script-src 'self' ${cspHash('kept()')}; style-src 'self' ${cspHash('b{}')}`);
	});

	it('keeps a hash another inline body of the page still needs', () => {
		const next = updateCspHashes(policy, [{ directive: 'script-src', before: 'kept()' }], new Set([cspHash('kept()')]));
		expect(next).toContain(cspHash('kept()'));
	});

	it('starts a missing directive from default-src', () => {
		expect(updateCspHashes("default-src 'self'", [{ directive: 'style-src', after: 'x{}' }], new Set())).toBe(`default-src 'self'; style-src 'self' ${cspHash('x{}')}`);
	});

	it('hashes as browsers do', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});
});

describe('the shell address', () => {
	const root = 'file:///home/ana/course-offline/course/';

	it('names the page shown after #', () => {
		expect(pageToHash(`${root}index.html`, root)).toBe('#/');
		expect(pageToHash(`${root}staying-safe/strong-passwords/index.html#make`, root)).toBe('#/staying-safe/strong-passwords/');
		expect(pageToHash(`${root}search/index.html?q=scam`, root)).toBe('#/search/?q=scam');
		expect(pageToHash('file:///elsewhere/index.html', root)).toBeUndefined();
	});

	it('opens the page named after #, and only pages of the course', () => {
		expect(hashToPage('#/', root)).toBe(`${root}index.html`);
		expect(hashToPage('#/staying-safe/', root)).toBe(`${root}staying-safe/index.html`);
		expect(hashToPage('#/search/?q=scam', root)).toBe(`${root}search/index.html?q=scam`);
		expect(hashToPage('#/404.html', root)).toBe(`${root}404.html`);
		for (const bad of ['', '#', '#main', '#/../secret.html', '#//evil.example/', '#/a/../../x', '#/<script>', '#/https://x.org/']) {
			expect(hashToPage(bad, root), bad).toBeUndefined();
		}
	});
});
