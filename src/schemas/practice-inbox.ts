import { z } from 'astro/zod';
import { kebabId } from './common';
import { checkUniqueIds, emailAddress, paragraphWithLinks } from './practice-common';

/** A warning sign learners can point at, such as "the sender's address". */
export const inboxSignSchema = z.strictObject({
	/** Id used by messages to say the sign is in them, e.g. `sender`. */
	id: kebabId,
	/** What the learner ticks: "The sender's address does not match the company". */
	label: z.string().min(3),
	/** How to check for this sign in any message; shown when a learner ticks it and it is not there. */
	tip: z.string().min(10),
});

/** One pretend email. */
export const inboxMessageSchema = z.strictObject({
	/** Id, unique in the inbox. */
	id: kebabId,
	/** Who it seems to come from. */
	from: z.strictObject({
		/** The name shown, such as "Riverside Bank". Made up: never a real company. */
		name: z.string().min(1),
		/** The address it really came from; use example addresses (ending in ".example"). */
		address: emailAddress,
	}),
	/** The subject line. */
	subject: z.string().min(1),
	/** When it arrived, as the inbox shows it: "Today, 9:12". */
	date: z.string().min(1).optional(),
	/** The paragraphs of the message. Write links as [text](https://address.example/). */
	body: z.array(paragraphWithLinks).min(1),
	/** The right answer: `safe` for a genuine message, `suspicious` for a scam. */
	verdict: z.enum(['safe', 'suspicious']),
	/**
	 * The warning signs in this message, by sign id, each with why it is a sign here:
	 * `sender: The bank writes from @riverside-bank.example; this is @riverside-alerts.example.`
	 * Leave out for a safe message.
	 */
	signs: z.record(kebabId, z.string().min(10)).optional().default({}),
	/** What to take from this message, shown after answering and in the answer without JavaScript. */
	explanation: z.string().min(10),
});

/** A practice inbox, content/practice/<name>.yaml, used by <PracticeInbox data="name" />. */
export const inboxSchema = z
	.strictObject({
		/** Title shown after "Practice:", e.g. "Spot the scam". */
		title: z.string().min(3),
		/** One or two sentences on what to do. */
		intro: z.string().min(10),
		/** The learner's pretend address, shown as "To". */
		to: emailAddress,
		/** The warning signs learners can tick, in the order shown. */
		signs: z.array(inboxSignSchema).min(1).max(8),
		/** The messages, newest first: 3 to 12. */
		messages: z.array(inboxMessageSchema).min(3).max(12),
	})
	.superRefine((inbox, ctx) => {
		checkUniqueIds(inbox.signs, 'signs', ctx);
		checkUniqueIds(inbox.messages, 'messages', ctx);
		const signIds = new Set(inbox.signs.map((s) => s.id));
		inbox.messages.forEach((message, i) => {
			const used = Object.keys(message.signs);
			for (const id of used) {
				if (!signIds.has(id)) {
					ctx.addIssue({ code: 'custom', path: ['messages', i, 'signs', id], message: `"${id}" is not one of the signs listed under "signs" (${[...signIds].join(', ')})` });
				}
			}
			if (message.verdict === 'suspicious' && used.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['messages', i, 'signs'], message: 'a suspicious message needs at least one warning sign, so learners can find it' });
			}
			if (message.verdict === 'safe' && used.length > 0) {
				ctx.addIssue({ code: 'custom', path: ['messages', i, 'signs'], message: 'a safe message has no warning signs; say why it is safe in "explanation" instead' });
			}
		});
		if (!inbox.messages.some((m) => m.verdict === 'safe') || !inbox.messages.some((m) => m.verdict === 'suspicious')) {
			ctx.addIssue({ code: 'custom', path: ['messages'], message: 'mix safe and suspicious messages, so learners must really decide' });
		}
	});

export type InboxInput = z.input<typeof inboxSchema>;
export type Inbox = z.output<typeof inboxSchema>;
export type InboxMessage = z.output<typeof inboxMessageSchema>;
