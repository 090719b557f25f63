import type { Plugin } from 'vite';

/**
 * The MDX integration's `optimize` turns a lesson's plain parts (paragraphs, lists, headings) into
 * ready HTML strings (`set:html`) instead of one JSX call per element. The bundler then holds far
 * fewer syntax nodes per lesson, which lowers the build's memory peak. Its HTML writer escapes
 * `&`, `<` and `>` like Astro, but leaves `"` and `'` as they are where Astro writes `&quot;` and
 * `&#39;`; this plugin adds those two, so pages stay byte for byte what they were without `optimize`.
 */
export function staticLessonHtml(): Plugin {
	return {
		name: 'cds:static-lesson-html',
		transform: {
			filter: { id: /\.mdx$/ },
			handler(code, id) {
				const total = code.split('"set:html"').length - 1;
				if (total === 0) return undefined;
				let seen = 0;
				const out = code.replace(/"set:html": "((?:[^"\\\n]|\\.)*)"/g, (_match, literal: string) => {
					seen++;
					return `"set:html": "${escapeQuotesLikeAstro(literal)}"`;
				});
				if (seen !== total) {
					throw new Error(`${id}: the compiled lesson has ${total} "set:html" parts but ${seen} in the expected form; the MDX compiler's output changed, so its quotes could differ from Astro's. Update src/integrations/static-lesson-html.ts.`);
				}
				return { code: out, map: null };
			},
		},
	};
}

/**
 * Given the inside of a JavaScript string literal that holds HTML, writes its quotes as Astro does:
 * in text `"` becomes `&quot;` and `'` becomes `&#39;`; inside a tag (between `<` and `>`, which
 * text always has escaped) the `"` around attribute values stay and a `'` in a value becomes `&#39;`.
 */
export function escapeQuotesLikeAstro(literal: string): string {
	let out = '';
	let inTag = false;
	for (let i = 0; i < literal.length; i++) {
		const c = literal[i]!;
		if (c === '\\') {
			const escaped = literal.slice(i, i + 2);
			i++;
			if (escaped === "\\'") out += '&#39;';
			else if (escaped === '\\"' && !inTag) out += '&quot;';
			else out += escaped;
			continue;
		}
		if (c === '<') inTag = true;
		else if (c === '>') inTag = false;
		out += c === "'" ? '&#39;' : c;
	}
	return out;
}
