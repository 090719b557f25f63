import { z } from 'astro/zod';
import { kebabId } from './common';
import { checkUniqueIds, emailAddress, oneSentence, shortLabel as label } from './practice-common';

/** Text the learner types; an email address in it must be a made-up one (ending in .example, example.org ...). */
const typedText = z
	.string()
	.min(1)
	.refine((text) => text.length <= 40, { message: 'keep the text short (40 characters at most): a beginner types it letter by letter' })
	.superRefine((text, ctx) => {
		for (const word of text.split(/\s+/).filter((w) => w.includes('@'))) {
			const result = emailAddress.safeParse(word);
			if (!result.success) ctx.addIssue({ code: 'custom', message: result.error.issues[0]!.message });
		}
	});

const taskBase = {
	/** Id, unique among the tasks. */
	id: kebabId,
	/** What to do, in one short sentence: "Type the name Sam Lee, with two capitals." */
	instruction: oneSentence,
	/** The keys the task needs, shown as keys: ["Shift", "2"]. */
	keys: z.array(z.string().min(1).max(12)).min(1).max(4),
	/** How to do it, step by step; shown on request, and without JavaScript. */
	hint: z.string().min(5),
	/** Said when the task is done: "Well done: Shift makes a capital." */
	done: z.string().min(5),
};

/** A task of the keyboard practice; `kind` says what the learner does. */
export const keysTaskSchema = z.discriminatedUnion('kind', [
	/** Type this text in a box; with `start`, the box begins with a mistake to fix. */
	z.strictObject({
		kind: z.literal('type'),
		...taskBase,
		/** The box's label. */
		label,
		/** What the box must hold at the end (spaces at the ends do not matter). */
		text: typedText,
		/** What the box holds at first, such as a word with a typing mistake. */
		start: typedText.optional(),
	}),
	/** Move from one box to the next with Tab. */
	z.strictObject({ kind: z.literal('tab'), ...taskBase, from: label, to: label }),
	/** Type in a box and press Enter to send (the button works too). */
	z.strictObject({
		kind: z.literal('enter'),
		...taskBase,
		label,
		/** The button's words, such as "Search". */
		button: label,
		/** What to type before pressing Enter. */
		text: typedText,
	}),
]);

/** A keyboard practice, content/practice/<name>.yaml, used by <PracticeKeys data="name" />. */
export const keysSchema = z
	.strictObject({
		/** Title shown after "Practice:", e.g. "Use the keyboard". */
		title: z.string().min(3),
		/** One or two sentences on what to do. */
		intro: z.string().min(10),
		/** The tasks, in order: 1 to 8. */
		tasks: z.array(keysTaskSchema).min(1).max(8),
	})
	.superRefine((keys, ctx) => {
		checkUniqueIds(keys.tasks, 'tasks', ctx);
		keys.tasks.forEach((task, i) => {
			if (task.kind === 'type' && task.start !== undefined && task.start.trim() === task.text.trim()) {
				ctx.addIssue({ code: 'custom', path: ['tasks', i, 'start'], message: 'the box would already hold the right text; put a mistake in "start", or leave it out' });
			}
		});
	});

export type KeysInput = z.input<typeof keysSchema>;
export type KeysData = z.output<typeof keysSchema>;
export type KeysTask = z.output<typeof keysTaskSchema>;
