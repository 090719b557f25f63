import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { parseWithFriendlyErrors } from '../../../src/content-layer/friendly-errors';
import { kebabId } from '../../../src/schemas/common';

/** tests/fixtures/search-queries.yaml: what learners type, and the lesson each query must find. */
export const querySetSchema = z.strictObject({
	queries: z
		.array(
			z.strictObject({
				/** The query as a learner would type it, typos included. */
				query: z.string().min(2),
				/** Id of the lesson that should come up in the first five results. */
				expect: kebabId,
				/** What the query tests: plain words, a typo, a synonym, or a whole question. */
				kind: z.enum(['words', 'typo', 'synonym', 'phrasing']),
			}),
		)
		.min(25),
});
export type QuerySet = z.output<typeof querySetSchema>;

export const QUERY_FILE = 'tests/fixtures/search-queries.yaml';
/** The French query set: what learners in France type, on the French pages. */
export const FRENCH_QUERY_FILE = 'tests/fixtures/search-queries.fr.yaml';

export function loadQuerySet(file = QUERY_FILE): QuerySet {
	return parseWithFriendlyErrors(querySetSchema, parse(readFileSync(file, 'utf8')), { file });
}
