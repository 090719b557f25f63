import { z } from 'astro/zod';
import { coverageId, kebabId } from './common';
import { quizSchema } from './quiz';

/** Frontmatter of a lesson file, content/lessons/<module>/NN-slug.mdx. */
export const lessonSchema = z.strictObject({
	/**
	 * Stable id of the lesson. Learner progress is saved under it, so never change it,
	 * even when the file is renamed. Lower-case words joined by hyphens.
	 */
	id: kebabId,
	/** Title of the lesson: says what the learner will do ("Make a strong password"). */
	title: z.string().min(3),
	/** One or two sentences shown in lists of lessons. */
	summary: z.string().min(10),
	/** Id of the module this lesson belongs to, from content/course.yaml. */
	module: kebabId,
	/** Position of the lesson in its module: 1 for the first. */
	order: z.number().int().positive(),
	/** Minutes the lesson takes, reading plus activities. */
	minutes: z.number().int().positive().max(120),
	/** The questions this lesson answers, in the learner's words. */
	questions: z.array(z.string().min(3)).min(1),
	/** What the learner will be able to do: 2 to 4, each starting with a verb ("Spot", "Create"). */
	objectives: z.array(z.string().min(3)).min(2).max(4),
	/** The points to remember, shown at the end: 3 to 5. */
	keyPoints: z.array(z.string().min(3)).min(3).max(5),
	/** Coverage IDs this lesson teaches, from content/coverage.yaml, e.g. [SAFE-1, SAFE-2]. */
	covers: z.array(coverageId).min(1),
	/** Date the lesson was last checked for accuracy, as YYYY-MM-DD. */
	reviewed: z.coerce.date(),
	/** The lesson's quiz, shown after the lesson body. See docs/authoring.md. */
	quiz: quizSchema.optional(),
});

export type LessonInput = z.input<typeof lessonSchema>;
export type LessonData = z.output<typeof lessonSchema>;
