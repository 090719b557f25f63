import { z } from 'astro/zod';
import { kebabId } from './common';
import { checkUniqueIds, oneSentence, shortLabel as label } from './practice-common';

const taskBase = {
	/** Id, unique among the tasks. */
	id: kebabId,
	/** What to do, in one short sentence: "Click the green button." */
	instruction: oneSentence,
	/** How to do it, step by step, with the keyboard and touch ways too; shown on request, and without JavaScript. */
	hint: z.string().min(5),
	/** Said when the task is done: "Well done: that was a click." */
	done: z.string().min(5),
};

/** A task of the mouse practice; `move` says what the learner does. */
export const mouseTaskSchema = z.discriminatedUnion('move', [
	/** Click one big button. */
	z.strictObject({ move: z.literal('click'), ...taskBase, target: label }),
	/** Double-click one big button, such as a folder (Enter does it with the keyboard). */
	z.strictObject({ move: z.literal('double-click'), ...taskBase, target: label }),
	/** Drag a card into a box (or click the card, then the box). */
	z.strictObject({ move: z.literal('drag'), ...taskBase, card: label, box: label }),
	/** Scroll down a box of text to find a word, then click it. */
	z.strictObject({
		move: z.literal('scroll'),
		...taskBase,
		/** The word to find, at the end of the text. */
		word: label,
		/** The text above the word, a paragraph each: enough to need scrolling (4 to 20). */
		text: z.array(z.string().min(1)).min(4).max(20),
	}),
]);

/** A mouse practice, content/practice/<name>.yaml, used by <PracticeMouse data="name" />. */
export const mouseSchema = z
	.strictObject({
		/** Title shown after "Practice:", e.g. "Use the mouse". */
		title: z.string().min(3),
		/** One or two sentences on what to do. */
		intro: z.string().min(10),
		/** The tasks, in order: 1 to 8. */
		tasks: z.array(mouseTaskSchema).min(1).max(8),
	})
	.superRefine((mouse, ctx) => checkUniqueIds(mouse.tasks, 'tasks', ctx));

export type MouseInput = z.input<typeof mouseSchema>;
export type MouseData = z.output<typeof mouseSchema>;
export type MouseTask = z.output<typeof mouseTaskSchema>;
