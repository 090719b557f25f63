import { fileURLToPath } from 'node:url';
import type { Element, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext, type PluginFactoryContext } from 'satteri';
import { frenchTypography } from '../i18n/french-typography';

/** Where French lesson content lives: only these files get French typography. */
export const FRENCH_CONTENT = /[\\/]content[\\/]fr[\\/]/;

/** Text inside these is code or keys, typed as it is: no spaces added. */
const CODE_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);
/** Words a reader sees in attributes (of HTML and of lesson components): alt text, captions, titles. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'caption', 'label', 'summary', 'ariaLabel', 'aria-label']);

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/** Inside code, keys or sample output (any ancestor), where text must stay as typed. */
function inCode(node: Text, ctx: HastVisitorContext): boolean {
	// <kbd> written in MDX is a JSX element named kbd, not an HTML element.
	for (let parent = ctx.parent(node) as { type: string; tagName?: string; name?: string | null } | undefined; parent; parent = ctx.parent(parent as never) as typeof parent) {
		if (CODE_TAGS.has(parent.tagName ?? parent.name ?? '')) return true;
	}
	return false;
}

function typesetJsxAttributes(node: { attributes: JsxAttribute[] }): typeof node | void {
	let changed = false;
	const attributes = node.attributes.map((attribute) => {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !READ_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string') return attribute;
		const value = frenchTypography(attribute.value);
		if (value === attribute.value) return attribute;
		changed = true;
		return { ...attribute, value };
	});
	return changed ? { ...node, attributes } : undefined;
}

/** The hast plugin itself: text, alt texts and component captions, never code. */
const frenchTypographyVisitor = defineHastPlugin({
	name: 'cds:french-typography',
	text(node, ctx) {
		const value = frenchTypography(node.value);
		if (value !== node.value && !inCode(node, ctx)) return { ...node, value };
	},
	element: {
		filter: [],
		visit(node: Readonly<Element>, ctx) {
			for (const [name, value] of Object.entries(node.properties ?? {})) {
				if (READ_ATTRIBUTES.has(name) && typeof value === 'string' && frenchTypography(value) !== value) ctx.setProperty(node, name, frenchTypography(value));
			}
		},
	},
	mdxJsxFlowElement: { filter: [], visit: (node) => typesetJsxAttributes(node as never) as never },
	mdxJsxTextElement: { filter: [], visit: (node) => typesetJsxAttributes(node as never) as never },
});

/**
 * Sätteri hast plugin (Astro's Markdown and MDX processor): French typography (no-break spaces
 * before : ; ! ? and inside « ») in French lessons, the files under content/fr/, and in no other
 * file. Wired in astro.config.mjs (markdown.processor, which MDX uses too).
 */
export const frenchTypographyPlugin: HastPluginEntry = (ctx: PluginFactoryContext) => (ctx.fileURL && FRENCH_CONTENT.test(fileURLToPath(ctx.fileURL)) ? frenchTypographyVisitor : null);
