import type { QuizQuestion } from '../../schemas/quiz';

/** The letter shown before a choice: 0 -> "A". */
export function choiceLetter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** The letters of the right choices, "B" or "A, C". */
export function correctLetters(question: QuizQuestion): string {
	return question.choices.flatMap((c, i) => (c.correct ? [choiceLetter(i)] : [])).join(', ');
}
