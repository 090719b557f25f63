/**
 * When a lesson counts as done (docs/progress-formats.md explains it to people):
 * the learner marks it done with the button at the end of the lesson, or passes its quiz.
 * Passing means at least three quarters right on the first try of each question (3 of 3,
 * 3 of 4, 4 of 5, 5 of 6): easy to say in plain words, and fair to a 4-question quiz.
 * Passing marks the lesson done; the learner can take the mark off with the same button.
 * Practice activities are saved and shown, but do not mark a lesson done.
 */
export const QUIZ_ACTIVITY = 'quiz';

export function passes(score: number, total: number): boolean {
	return total > 0 && score * 4 >= total * 3;
}
