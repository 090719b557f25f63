import { z } from 'astro/zod';
import { kebabId } from './common';
import { checkUniqueIds, webAddress } from './practice-common';
import { normaliseAddress } from '../lib/pretend-address';

/** A link on a pretend page: activating it opens another pretend page, never a real one. */
const pageLinkSchema = z.strictObject({
	/** The words of the link. */
	text: z.string().min(1),
	/** Where it goes: the address of a pretend page (or any example address, which shows "not found"). */
	address: webAddress,
});

/** One part of a pretend page, in reading order. */
export const pageBlockSchema = z.discriminatedUnion('type', [
	/** A heading on the page. */
	z.strictObject({ type: z.literal('heading'), text: z.string().min(1) }),
	/** A paragraph. */
	z.strictObject({ type: z.literal('text'), text: z.string().min(1) }),
	/** A link on its own line. */
	z.strictObject({ type: z.literal('link'), ...pageLinkSchema.shape }),
	/** A search result; `ad: true` marks it as an advert, as search pages do ("Sponsored"). */
	z.strictObject({
		type: z.literal('result'),
		...pageLinkSchema.shape,
		/** The short text under the result's title. */
		summary: z.string().min(1),
		/** true for a paid advert. */
		ad: z.boolean().optional().default(false),
	}),
	/** A pretend sign-in box: shown, never usable (nothing can be typed into it). */
	z.strictObject({ type: z.literal('sign-in'), text: z.string().min(1) }),
]);

/** A pretend web page. */
export const pretendPageSchema = z.strictObject({
	/** Id, unique among the pages. */
	id: kebabId,
	/** Its address; https:// pages show a padlock, http:// ones "Not secure". Example addresses only. */
	address: webAddress,
	/** The page title, shown on its tab. */
	title: z.string().min(1),
	/** What to notice on this page, shown under the window while it is open. Leave out to keep a puzzle. */
	note: z.string().min(5).optional(),
	/** What the page shows. */
	content: z.array(pageBlockSchema).min(1),
});

const taskBase = {
	/** Id, unique among the tasks. */
	id: kebabId,
	/** What to do, in one or two short sentences: "Go back to the search page." */
	instruction: z.string().min(5),
	/** How to do it, step by step; shown on request, and as the answer without JavaScript. */
	hint: z.string().min(5),
	/** Said when the task is done: "Well done: Back takes you to the page before." */
	done: z.string().min(5),
};

/** A guided task; `check` says what the learner must do in the pretend browser. */
export const browserTaskSchema = z.discriminatedUnion('check', [
	/** Open a new tab. */
	z.strictObject({ check: z.literal('new-tab'), ...taskBase }),
	/** Press Back and go to the page before. */
	z.strictObject({ check: z.literal('back'), ...taskBase }),
	/** Press Forward. */
	z.strictObject({ check: z.literal('forward'), ...taskBase }),
	/** Press Reload. */
	z.strictObject({ check: z.literal('reload'), ...taskBase }),
	/** Open the site information (the padlock). */
	z.strictObject({ check: z.literal('site-info'), ...taskBase }),
	/** Make the page bigger with the zoom. */
	z.strictObject({ check: z.literal('zoom-in'), ...taskBase }),
	/** Type this address in the address bar and go there (with or without "https://" and "www."). */
	z.strictObject({ check: z.literal('type-address'), ...taskBase, address: webAddress }),
	/** Answer a question with one right choice. */
	z.strictObject({
		check: z.literal('choose'),
		...taskBase,
		/** The question, such as "Which of these addresses is the real bank?" */
		question: z.string().min(5),
		/** The choices; exactly one has `correct: true`. Each says why it is right or wrong. */
		choices: z
			.array(z.strictObject({ text: z.string().min(1), correct: z.boolean().optional().default(false), explanation: z.string().min(5) }))
			.min(2)
			.max(5),
	}),
]);

/** A practice browser, content/practice/<name>.yaml, used by <PracticeBrowser data="name" />. */
export const browserSchema = z
	.strictObject({
		/** Title shown after "Practice:", e.g. "Use a web browser". */
		title: z.string().min(3),
		/** One or two sentences on what to do. */
		intro: z.string().min(10),
		/** Id of the page the first tab shows. */
		start: kebabId,
		/** The pretend pages. */
		pages: z.array(pretendPageSchema).min(1).max(12),
		/** The guided tasks, in order: 1 to 8. */
		tasks: z.array(browserTaskSchema).min(1).max(8),
	})
	.superRefine((browser, ctx) => {
		checkUniqueIds(browser.pages, 'pages', ctx);
		checkUniqueIds(browser.tasks, 'tasks', ctx);
		const pages = new Map(browser.pages.map((p) => [normaliseAddress(p.address), p.id]));
		if (!browser.pages.some((p) => p.id === browser.start)) {
			ctx.addIssue({ code: 'custom', path: ['start'], message: `"${browser.start}" is not the id of a page (${browser.pages.map((p) => p.id).join(', ')})` });
		}
		browser.tasks.forEach((task, i) => {
			if (task.check === 'type-address' && !pages.has(normaliseAddress(task.address))) {
				ctx.addIssue({ code: 'custom', path: ['tasks', i, 'address'], message: `no page has the address "${task.address}"; add the page or correct the address` });
			}
			if (task.check === 'choose' && task.choices.filter((c) => c.correct).length !== 1) {
				ctx.addIssue({ code: 'custom', path: ['tasks', i, 'choices'], message: 'exactly one choice needs "correct: true"' });
			}
		});
	});

export type BrowserInput = z.input<typeof browserSchema>;
export type BrowserData = z.output<typeof browserSchema>;
export type PretendPage = z.output<typeof pretendPageSchema>;
export type PageBlock = z.output<typeof pageBlockSchema>;
export type BrowserTask = z.output<typeof browserTaskSchema>;
