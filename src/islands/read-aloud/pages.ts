/** One kind of page's reading: the element read, and classes left out or read alone. */
export interface ReadAloudPage {
	/** CSS selector of the element whose text is read. */
	target: string;
	/** Classes (space-separated) never read on this kind of page. */
	skip?: string;
	/** Classes (space-separated): if given, only text inside elements of these classes is read. */
	only?: string;
}

/**
 * Where Listen is used and what it reads there. Lesson: all the learner's text but the meta line,
 * the links to the quiz and the "done" controls. Quiz: each question, its hint and choices (the
 * answers are in closed <details>, never read). Practice: the task (title, note, intro and the
 * current instruction), not the pretend screens.
 */
export const READ_ALOUD_PAGES = {
	lesson: { target: '.lesson', skip: 'lesson__meta lesson__quiz-cue quiz-link lesson__done' },
	quiz: { target: '.quiz' },
	practice: { target: '.practice', only: 'practice__title practice__not-real practice__intro pb__instruction' },
} as const satisfies Record<string, ReadAloudPage>;

export type ReadAloudPageKind = keyof typeof READ_ALOUD_PAGES;
