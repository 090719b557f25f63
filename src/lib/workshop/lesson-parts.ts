import type { MdastNode } from 'satteri';

/** An activity inside a lesson part: a <TryIt> or a <Challenge>. */
export interface PartActivity {
	kind: 'try-it' | 'challenge';
	title: string;
	minutes?: number;
}

/** One part of a lesson as a trainer runs it: the text before the first heading, or one h2 section. */
export interface LessonPart {
	/** The h2 heading; undefined for the opening text before the first heading. */
	title?: string;
	/** Minutes from the <TrainerNote minutes={n}> notes in this part, when any give them. */
	minutes?: number;
	activities: PartActivity[];
}

export type JsxNode = MdastNode & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; depth?: number };

/** The plain text of a node: what a slide or a measure needs, without the markup. */
export function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return ((node as { children?: MdastNode[] }).children ?? []).map(textOf).join('');
}

/** An attribute's value: `minutes={5}` and `minutes="5"` both give "5". */
export function attribute(node: JsxNode, name: string): string | undefined {
	const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
	if (typeof found === 'string') return found;
	if (found && typeof found === 'object' && 'value' in found) return String((found as { value: unknown }).value);
	return undefined;
}

export function minutesOf(node: JsxNode): number | undefined {
	const value = Number(attribute(node, 'minutes'));
	return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The parts of a lesson, in order, read from its MDX tree: each h2 section with its activities
 * and the minutes its trainer notes give. The facilitator guide's agenda is built from them.
 */
export function lessonParts(tree: MdastNode): LessonPart[] {
	const parts: LessonPart[] = [{ activities: [] }];
	const visit = (node: MdastNode) => {
		const jsx = node as JsxNode;
		const current = parts[parts.length - 1]!;
		if (node.type === 'heading' && jsx.depth === 2) {
			parts.push({ title: textOf(node).trim(), activities: [] });
			return;
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			if (jsx.name === 'TrainerNote') {
				const minutes = minutesOf(jsx);
				if (minutes) current.minutes = (current.minutes ?? 0) + minutes;
				return;
			}
			if (jsx.name === 'TryIt' || jsx.name === 'Challenge') {
				current.activities.push({ kind: jsx.name === 'TryIt' ? 'try-it' : 'challenge', title: attribute(jsx, 'title') ?? '', minutes: minutesOf(jsx) });
			}
		}
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	visit(tree);
	const [opening, ...sections] = parts;
	// The opening text only counts as a part when a trainer has something to do in it.
	return opening!.minutes || opening!.activities.length ? parts : sections;
}
