import { z } from 'astro/zod';

/** Timings used when a guide does not set them (and for a module with no guide file). */
export const AGENDA_DEFAULTS = { sessionMinutes: 120, breakEvery: 60, breakMinutes: 10 } as const;

/** A fixed part of the workshop that is not a lesson, such as the welcome. */
export const agendaItemSchema = z.strictObject({
	/** Minutes it takes. */
	minutes: z.number().int().min(1).max(60),
	/** What happens, in one or two plain sentences. */
	what: z.string().min(10),
});

/** The welcome: the first session's, and, when a module runs over several sessions, the later ones'. */
export const openingSchema = agendaItemSchema.extend({
	/** What happens at the start of the second and later sessions, when it differs (the group already knows you). */
	later: z.string().min(10).optional(),
});

/** A question learners often ask, with an answer a trainer can give in plain words. */
export const learnerQuestionSchema = z.strictObject({
	/** The question, in the learner's words. */
	question: z.string().min(5),
	/** A short, correct answer in plain words. */
	answer: z.string().min(10),
});

/** Tips for one kind of learner who needs the workshop run a little differently. */
export const adaptationSchema = z.strictObject({
	/** Who it helps, such as "Someone who has no email address yet". */
	for: z.string().min(5),
	/** What to do, one tip a line. */
	tips: z.array(z.string().min(10)).min(1),
});

/**
 * The facilitator guide of one module: content/guides/<module>.yaml. It holds what cannot be
 * taken from the lessons; the agenda, timings and trainer notes come from the lessons themselves.
 */
export const guideSchema = z.strictObject({
	/** Who the workshop is for and what they need to know already. */
	forWho: z.string().min(20),
	/** How many learners and helpers suit the workshop, e.g. "4 to 8 learners with one trainer". */
	groupSize: z.string().min(5),
	/** What to bring or book: projector, computers, handouts, pens... One item a line. */
	materials: z.array(z.string().min(3)).min(2),
	/** What to do before learners arrive. One step a line. */
	before: z.array(z.string().min(10)).min(1),
	/** How to set up the room. One tip a line. */
	roomSetup: z.array(z.string().min(10)).min(1),
	/** The welcome at the start of each session; `later` for the sessions after the first. */
	opening: openingSchema,
	/** The wrap-up at the end. */
	closing: agendaItemSchema,
	/** The longest session you plan, in minutes, welcome, breaks and wrap-up included. A longer module is run over several sessions. */
	sessionMinutes: z.number().int().min(45).max(360).default(AGENDA_DEFAULTS.sessionMinutes),
	/** Plan a break once this many minutes have passed without one. */
	breakEvery: z.number().int().min(30).max(180).default(AGENDA_DEFAULTS.breakEvery),
	/** Length of each break, in minutes. */
	breakMinutes: z.number().int().min(5).max(30).default(AGENDA_DEFAULTS.breakMinutes),
	/** Questions to get the group talking. */
	discussion: z.array(z.string().min(10)).min(2),
	/** Questions learners often ask, with good answers. */
	learnerQuestions: z.array(learnerQuestionSchema).min(3),
	/** How to adapt for someone who has never used a mouse. One tip a line. */
	neverUsedMouse: z.array(z.string().min(10)).min(2),
	/** Tips for other learners who need a different approach. */
	otherAdaptations: z.array(adaptationSchema).default([]),
});

export type GuideInput = z.input<typeof guideSchema>;
export type Guide = z.output<typeof guideSchema>;
export type AgendaItem = z.output<typeof agendaItemSchema>;
