import { z } from 'astro/zod';
import { coverageId } from './common';

/** content/coverage.yaml: the skills the course must teach, grouped. */
export const coverageSchema = z.strictObject({
	groups: z.array(
		z.strictObject({
			/** Group prefix, such as `SAFE`. */
			id: z.string().regex(/^[A-Z]+$/),
			/** Title of the group. */
			title: z.string(),
			/** The DigComp 2.2 competences the group serves, such as `"4.1"` (area.competence). */
			digComp: z.array(z.string().regex(/^[1-5]\.[1-6]$/, { message: 'write a DigComp competence like "4.1"' })).min(1),
			/** The skills of the group. */
			skills: z.array(z.strictObject({ id: coverageId, text: z.string() })).min(1),
		}),
	),
});

export type Coverage = z.output<typeof coverageSchema>;
