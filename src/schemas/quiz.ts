import { z } from 'astro/zod';
import { coverageId, kebabId } from './common';

/** One choice of a quiz question. */
export const choiceSchema = z.strictObject({
	/** What the learner can pick. */
	text: z.string().min(1),
	/** true for a right answer; leave out for a wrong one. */
	correct: z.boolean().optional().default(false),
	/** Why this choice is right or wrong. Required for wrong choices. */
	explanation: z.string().min(3).optional(),
});

/** A quiz question. */
export const questionSchema = z.strictObject({
	/** Id, unique within the lesson; saved with the learner's results. */
	id: kebabId,
	/** one: a single answer; many: "choose all that apply"; true-false: two choices, True and False. */
	kind: z.enum(['one', 'many', 'true-false']),
	/** The question, best a realistic situation: "You get this text: ... What do you do?" */
	prompt: z.string().min(5),
	/** The choices, in the order shown. */
	choices: z.array(choiceSchema),
	/** A general explanation shown after answering. */
	explanation: z.string().optional(),
	/** Coverage IDs this question tests. */
	covers: z.array(coverageId).optional().default([]),
});

/** How many questions a lesson's quiz has: the one place for this rule (schema, lesson standard, docs). */
export const QUIZ_QUESTIONS = { min: 3, max: 6 } as const;

/** A lesson's quiz: 3 to 6 questions. */
export const quizSchema = z.array(questionSchema).min(QUIZ_QUESTIONS.min).max(QUIZ_QUESTIONS.max);

export type QuizQuestion = z.output<typeof questionSchema>;
export type Quiz = z.output<typeof quizSchema>;
