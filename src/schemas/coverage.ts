import { z } from 'astro/zod';
import { coverageId } from './common';

/** content/coverage.yaml: the skills the course must teach, grouped. */
export const coverageSchema = z.object({
	groups: z.array(
		z.object({
			/** Group prefix, such as `SAFE`. */
			id: z.string().regex(/^[A-Z]+$/),
			/** Title of the group. */
			title: z.string(),
			/** The skills of the group. */
			skills: z.array(z.object({ id: coverageId, text: z.string() })).min(1),
		}),
	),
});

export type Coverage = z.output<typeof coverageSchema>;
