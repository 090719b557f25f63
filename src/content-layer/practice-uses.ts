import type { MdastNode } from 'satteri';
import { isPracticeComponent, type PracticeComponent } from './practice-data';

/** One simulation a lesson embeds: which component, and the data file it names. */
export interface PracticeUse {
	kind: PracticeComponent;
	/** The data file's name in content/practice/, without ".yaml". */
	data: string;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
	visit(node);
	for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, visit);
}

/**
 * The simulations an MDX lesson body embeds, in the order it shows them, each once. Each gets a
 * practice page of its own; the content check has already made sure every one names a data file.
 * It reads the tree the content check parsed, once, into the lesson's digest (lib/lesson-digest.ts).
 */
export function practiceUses(tree: MdastNode): PracticeUse[] {
	const uses: PracticeUse[] = [];
	walk(tree, (node) => {
		const { name, attributes } = node as { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };
		if (!name || !isPracticeComponent(name)) return;
		const data = attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data')?.value;
		if (typeof data === 'string' && !uses.some((u) => u.data === data)) uses.push({ kind: name, data });
	});
	return uses;
}

/** The id of a simulation's place in its lesson, where its practice page leads back to. */
export const practiceAnchor = (data: string): string => `practice-${data}`;
