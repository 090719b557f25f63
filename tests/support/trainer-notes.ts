import type { MdastNode } from 'satteri';
import { loadContent } from '../../src/content-layer/load-content';

function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return ((node as { children?: MdastNode[] }).children ?? []).map(textOf).join(' ');
}

/** The whole text of each <TrainerNote> in the lesson sources. */
export function trainerNoteTexts(): string[] {
	const texts: string[] = [];
	const visit = (node: MdastNode) => {
		if ((node as { name?: string }).name === 'TrainerNote') {
			texts.push(textOf(node).replace(/\s+/g, ' ').trim());
			return;
		}
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	for (const lesson of loadContent().lessons) visit(lesson.tree);
	return texts;
}

/** Sentences written inside <TrainerNote> in the lesson sources, to prove they never reach learners. */
export function trainerNoteSnippets(): string[] {
	return trainerNoteTexts()
		.filter((text) => text.length >= 12)
		.map((text) => text.slice(0, 40));
}
