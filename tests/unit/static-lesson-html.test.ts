import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { escapeQuotesLikeAstro, staticLessonHtml } from '../../src/integrations/static-lesson-html';

/** The transform as Vite runs it on a compiled lesson. */
function transform(code: string): string {
	const hook = staticLessonHtml().transform as { handler: (code: string, id: string) => { code: string } | undefined };
	return hook.handler(code, '/course/lesson.mdx')?.code ?? code;
}

/** A lesson body compiled as astro.config.mjs has the MDX integration compile it (optimize on). */
async function compile(mdx: string): Promise<string> {
	const result = await mdxToJs(mdx, { optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: ['a', 'img'] }, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
	return result.code;
}

/** The HTML strings of a compiled lesson, as its page would get them. */
function htmlParts(code: string): string[] {
	return [...code.matchAll(/"set:html": ("(?:[^"\\\n]|\\.)*")/g)].map((m) => new Function(`return ${m[1]}`)() as string);
}

describe('escapeQuotesLikeAstro', () => {
	it('escapes quotes in text as Astro does, and keeps the quotes around attribute values', () => {
		expect(escapeQuotesLikeAstro('<code>\\"night nurse\\"</code> it\'s')).toBe('<code>&quot;night nurse&quot;</code> it&#39;s');
		expect(escapeQuotesLikeAstro('<h2 id=\\"its-a\\">It\'s</h2>')).toBe('<h2 id=\\"its-a\\">It&#39;s</h2>');
		expect(escapeQuotesLikeAstro('<p title=\\"it\'s\\">x</p>')).toBe('<p title=\\"it&#39;s\\">x</p>');
	});

	it('leaves other escapes of the string alone', () => {
		expect(escapeQuotesLikeAstro('a\\\\b\\nc\\xA0d')).toBe('a\\\\b\\nc\\xA0d');
	});
});

describe('staticLessonHtml', () => {
	it('makes the compiled HTML strings what Astro writes for the same text', async () => {
		const text = 'Type "night nurse" or it\'s & <more> here.';
		const code = transform(await compile(`${text.replace(/[<>]/g, (c) => `\\${c}`)}\n\nUse \`"a" 'b'\` here.\n`));
		const [html] = htmlParts(code);
		expect(html).toContain(`<p>${escapeHTML(text)}</p>`);
		expect(html).toContain(`<code>${escapeHTML('"a" \'b\'')}</code>`);
	});

	it('fails the build when the compiler writes its HTML strings in a form it does not know', () => {
		expect(() => transform('_jsx(Fragment, { "set:html": `<p>"x"</p>` })')).toThrow(/set:html/);
	});

	it('leaves a lesson without HTML strings untouched', () => {
		const code = 'export const x = 1;';
		expect(transform(code)).toBe(code);
	});
});
