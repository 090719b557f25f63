import type { MdastNode } from 'satteri';
import { loadContent } from '../../src/content-checks/load-content';

function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return ((node as { children?: MdastNode[] }).children ?? []).map(textOf).join(' ');
}

/** Sentences written inside <TrainerNote> in the lesson sources, to prove they never reach learners. */
export function trainerNoteSnippets(): string[] {
	const snippets: string[] = [];
	const visit = (node: MdastNode) => {
		if ((node as { name?: string }).name === 'TrainerNote') {
			const text = textOf(node).replace(/\s+/g, ' ').trim();
			if (text.length >= 12) snippets.push(text.slice(0, 40));
			return;
		}
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	for (const lesson of loadContent().lessons) visit(lesson.tree);
	return snippets;
}
