import { z } from 'astro/zod';

/** A lower-case id made of words joined by hyphens, such as `strong-passwords`. */
export const kebabId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'use lower-case letters, digits and hyphens only, for example "strong-passwords"',
	});

/** A coverage ID from content/coverage.yaml, such as `SAFE-3`. */
export const coverageId = z.string().regex(/^[A-Z]+-\d+$/, {
	message: 'write coverage IDs like "SAFE-3" (see content/coverage.yaml)',
});
