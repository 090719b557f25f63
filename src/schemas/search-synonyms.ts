import { z } from 'astro/zod';

/** A word or a short phrase as a learner would type it: "scam", "text message", "wi-fi". */
const synonymEntry = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u, { message: 'use letters, digits, spaces, hyphens and apostrophes only' })
	.refine((entry) => entry.split(/\s+/).length <= 3, { message: 'keep it to three words at most' });

/** content/search-synonyms.yaml: words learners use for the same thing, so search finds either. */
export const searchSynonymsSchema = z.strictObject({
	/**
	 * Groups of words that mean the same thing to a learner. Searching for any word of a group
	 * also finds lessons that use the others: `- [scam, fraud]`.
	 */
	groups: z.array(z.array(synonymEntry).min(2).max(8)).min(1),
});

export type SearchSynonymsInput = z.input<typeof searchSynonymsSchema>;
export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;
