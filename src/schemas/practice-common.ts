import { z } from 'astro/zod';
import { hostOf, isReservedHost, parseInlineLinks } from '../lib/pretend-address';

const RESERVED_HINT = 'use a made-up address ending in ".example" (such as "www.riverside-bank.example"), so it can never lead to a real site';

/** A pretend web address, such as `https://www.riverside-bank.example/login`. Only example hosts. */
export const webAddress = z
	.string()
	.regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i, { message: 'write a full web address, starting with "https://" or "http://"' })
	.refine((address) => isReservedHost(hostOf(address)), { error: (issue) => `"${String(issue.input)}" is not an example address: ${RESERVED_HINT}` });

/** A pretend email address, such as `alerts@riverside-bank.example`. Only example hosts. */
export const emailAddress = z
	.string()
	.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'write an email address such as "alerts@riverside-bank.example"' })
	.refine((address) => isReservedHost(address.split('@')[1] ?? ''), { error: (issue) => `"${String(issue.input)}" is not an example address: ${RESERVED_HINT}` });

/**
 * A paragraph of text. Links are written `[text the reader sees](https://where-it-goes.example/)`;
 * they never open anything: the learner sees where they would have gone.
 */
export const paragraphWithLinks = z.string().min(1).superRefine((paragraph, ctx) => {
	for (const part of parseInlineLinks(paragraph)) {
		if (part.href === undefined) continue;
		const result = webAddress.safeParse(part.href);
		if (!result.success) {
			ctx.addIssue({ code: 'custom', message: `the link "${part.text}" goes to "${part.href}": ${result.error.issues[0]!.message}` });
		}
	}
});

/** Reports an id used twice in a list of items that carry ids. */
export function checkUniqueIds(items: { id: string }[], listName: string, ctx: z.RefinementCtx): void {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [listName, i, 'id'], message: `"${item.id}" is used twice; give each one its own id` });
		seen.add(item.id);
	});
}

/** One short sentence: a first-time learner reads one thing at a time. */
export const oneSentence = z
	.string()
	.min(5)
	.refine((text) => text.length <= 90, { message: 'keep the instruction to one short sentence (90 characters at most)' });

/** A short label (a box, a target, a card): a word or two. */
export const shortLabel = z
	.string()
	.min(1)
	.refine((text) => text.length <= 30, { message: 'keep it to a word or two (30 characters at most)' });
