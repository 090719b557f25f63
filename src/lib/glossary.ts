import type { MdastNode } from 'satteri';

export interface GlossaryEntry {
	word: string;
	def: string;
	/** Lessons that define the word, as { title, path }. */
	lessons: { title: string; path: string }[];
}

/** An id for a word, used as its anchor on the glossary page. */
export function termId(word: string): string {
	return word.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return ((node as { children?: MdastNode[] }).children ?? []).map(textOf).join('');
}

/** Every <Term word def> in a lesson's tree. */
export function termsInTree(tree: MdastNode): { word: string; def: string }[] {
	const found: { word: string; def: string }[] = [];
	const visit = (node: MdastNode) => {
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as { name?: string }).name === 'Term') {
			const attrs = (node as { attributes: { name?: string; value?: unknown }[] }).attributes;
			const get = (name: string) => attrs.find((a) => a.name === name)?.value;
			const def = get('def');
			const word = get('word') ?? textOf(node);
			if (typeof def === 'string' && typeof word === 'string' && word.trim()) found.push({ word: word.trim(), def });
		}
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	visit(tree);
	return found;
}

/** Builds the glossary: one entry per word (first definition wins), sorted alphabetically in the page's language (é with e in French). */
export function buildGlossary(lessons: { title: string; path: string; terms: { word: string; def: string }[] }[], locale = 'en'): GlossaryEntry[] {
	const entries = new Map<string, GlossaryEntry>();
	for (const lesson of lessons) {
		for (const { word, def } of lesson.terms) {
			const id = termId(word);
			const entry = entries.get(id) ?? { word, def, lessons: [] };
			if (!entry.lessons.some((l) => l.path === lesson.path)) entry.lessons.push({ title: lesson.title, path: lesson.path });
			entries.set(id, entry);
		}
	}
	return [...entries.values()].sort((a, b) => a.word.localeCompare(b.word, locale, { sensitivity: 'base' }));
}
