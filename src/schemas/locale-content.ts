import { z } from 'astro/zod';
import { kebabId } from './common';
import { lessonSchema } from './lesson';

/**
 * A lesson adapted into another language (content/<locale>/lessons/<module>/<same file>.mdx): the
 * lesson schema plus the English revision it follows, the first 12 hex digits of the sha256 of
 * the English file, so the content check can list adaptations whose source has changed since.
 */
export const adaptedLessonSchema = lessonSchema.extend({
	// In quotes when it is all digits (YAML would read a number): "012345678901".
	sourceRevision: z.string().regex(/^[0-9a-f]{12}$/, { message: 'write the first 12 hex digits of the sha256 of the English file' }),
});

/**
 * content/<locale>/course.yaml: the translatable parts of the course file. Everything is optional
 * (what is left out shows in English); ids must be ids of content/course.yaml.
 */
export const courseTextSchema = z.strictObject({
	title: z.string().min(3).optional(),
	tagline: z.string().min(3).optional(),
	audiences: z
		.array(z.strictObject({ id: kebabId, title: z.string().min(3).optional(), description: z.string().min(10).optional() }))
		.optional(),
	modules: z
		.array(
			z.strictObject({
				id: kebabId,
				title: z.string().min(3).optional(),
				summary: z.string().min(10).optional(),
				audience: z.string().min(3).optional(),
				outcomes: z.array(z.string().min(3)).min(1).optional(),
			}),
		)
		.optional(),
});

export type AdaptedLessonData = z.output<typeof adaptedLessonSchema>;
export type CourseText = z.output<typeof courseTextSchema>;
