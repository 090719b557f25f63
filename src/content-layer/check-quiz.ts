import type { Quiz, QuizQuestion } from '../schemas/quiz';
import type { ContentProblem } from './problem';

/** How a question is named in messages: `quiz[2] "scam-text"`, so the author finds it at once. */
export function questionField(index: number, question: Pick<QuizQuestion, 'id'>): string {
	return `quiz[${index}] "${question.id}"`;
}

const quote = (text: string) => (text.length > 40 ? `"${text.slice(0, 37)}..."` : `"${text}"`);

/** The rules one question must follow beyond its schema; each broken rule is one problem. */
function checkQuestion(file: string, index: number, question: QuizQuestion, coverageIds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const field = questionField(index, question);
	const add = (problem: string, fix: string) => problems.push({ file, field, problem, fix });
	const { choices, kind } = question;
	const right = choices.filter((c) => c.correct).length;

	if (choices.length < 2) {
		add(`has ${choices.length} choice(s); a question needs at least 2.`, 'add choices under "choices:", each with "text:".');
	}
	if (kind === 'true-false' && choices.length !== 2) {
		add(`is a true-or-false question with ${choices.length} choices; it needs exactly 2.`, 'keep two choices, "True" and "False", or use kind: one.');
	}
	if (right === 0) {
		add('has no right answer.', 'add "correct: true" to the right choice.');
	} else if (right > 1 && kind !== 'many') {
		const what = kind === 'true-false' ? 'a true-or-false question' : 'a one-answer question';
		add(`is ${what} but has ${right} right answers.`, 'keep "correct: true" on one choice only, or use kind: many for "choose all that apply".');
	}
	choices.forEach((choice, i) => {
		if (!choice.correct && !choice.explanation) {
			add(`choice ${i + 1} (${quote(choice.text)}) is wrong but has no explanation.`, 'add "explanation:" saying why it is wrong: learners who pick it need to know.');
		}
	});
	for (const id of question.covers) {
		if (!coverageIds.has(id)) add(`covers "${id}", which is not a coverage ID.`, 'use IDs listed in content/coverage.yaml, such as "SAFE-1".');
	}
	return problems;
}

/** Checks a lesson's quiz: the rules of each question, and question ids unique in the lesson. */
export function checkQuiz(file: string, quiz: Quiz, coverageIds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const firstIndex = new Map<string, number>();
	quiz.forEach((question, index) => {
		problems.push(...checkQuestion(file, index, question, coverageIds));
		const earlier = firstIndex.get(question.id);
		if (earlier === undefined) firstIndex.set(question.id, index);
		else {
			problems.push({
				file,
				field: questionField(index, question),
				problem: `has the same id as quiz[${earlier}].`,
				fix: 'give each question of the lesson its own id: results are saved under it.',
			});
		}
	});
	return problems;
}
