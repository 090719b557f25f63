import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inlineBodyHashes, cspHash } from '../../src/integrations/csp/csp-hashes';
import { inlineBodies } from '../../src/integrations/csp/inline-bodies';

/** What the policy step used to do: a whole-document parse. The scan must find the same bodies. */
const parsedHashes = (html: string) => [...inlineBodyHashes(parse(html, { blockTextElements: { script: true, style: true } }))].sort();
const scannedHashes = (html: string) => [...new Set(inlineBodies(html).map(cspHash))].sort();

const text = fc.stringMatching(/^[a-z {}();=.'"<>\n]{0,30}$/).filter((t) => !/<\/(script|style)|<!--|<(script|style)/i.test(t));
// node-html-parser drops a body of only spaces (a browser hashes it as it is): none in our pages, so none here.
const body = text.filter((t) => t === '' || t.trim() !== '');
const attrValue = fc.stringMatching(/^[a-z />=.]{0,12}$/);
const attribute = fc.oneof(
	fc.constantFrom('type="module"', 'defer', 'is:inline', 'data-x', 'TYPE=module', 'nonce=\'n\''),
	attrValue.map((v) => `data-note="${v}"`),
	attrValue.map((v) => `title='${v}'`),
);
const element = fc.oneof(
	fc.tuple(fc.constantFrom('script', 'SCRIPT', 'Script', 'style', 'STYLE'), fc.array(attribute, { maxLength: 3 }), body).map(([tag, attrs, body]) => `<${[tag, ...attrs].join(' ')}>${body}</${tag}>`),
	fc.tuple(fc.array(attribute, { maxLength: 2 }), fc.constantFrom('src="/a.js"', 'SRC=/b.js', "src='c.js'")).map(([attrs, src]) => `<script ${[...attrs, src].join(' ')}></script>`),
	text.map((t) => `<p data-x="${t.replace(/"/g, '')}">${t.replace(/[<>]/g, '')}</p>`),
	fc.constantFrom('<noscript><p>JS off</p></noscript>', '<template><p>x</p></template>', '<meta charset="utf-8">', '<scripts></scripts>'),
);
const page = fc.array(element, { maxLength: 8 }).map((parts) => `<!DOCTYPE html><html><head>${parts.join('')}</head><body></body></html>`);

describe('inlineBodies', () => {
	it('finds the same inline script and style bodies as a whole-document parse', () => {
		fc.assert(fc.property(page, (html) => {
				expect(scannedHashes(html)).toEqual(parsedHashes(html));
			}), { numRuns: 500 });
	});

	it('takes a body byte for byte, and skips scripts with a src attribute', () => {
		const html = '<head><script>\n  a("</p>");\n</script><script type="module" src="/x.js"></script><style media="print">p { }</style></head>';
		expect(inlineBodies(html)).toEqual(['\n  a("</p>");\n', 'p { }']);
	});

	it('is not fooled by a ">" or "src" inside an attribute value', () => {
		expect(inlineBodies('<script data-note="a > b src=x">go()</script>')).toEqual(['go()']);
	});

	it('skips scripts inside comments, as browsers do', () => {
		expect(inlineBodies('<!-- <script>old()</script> --><script>now()</script>')).toEqual(['now()']);
	});

	it('reads a body that runs to the end of an unfinished page', () => {
		expect(inlineBodies('<style>p{}')).toEqual(['p{}']);
	});
});
