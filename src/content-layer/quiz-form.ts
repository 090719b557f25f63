import type { Quiz, QuizQuestion } from '../schemas/quiz';

/**
 * Can a test-wise learner pass a quiz without reading the lesson? These checks look at the form of
 * the answers only: the right choice is usually the longest, true/false always the same, "choose all
 * that apply" with one wrong choice, the right answer always in the same place. Limits are in
 * QUIZ_FORM so the authoring guide and the tests name one set of numbers.
 */
export const QUIZ_FORM = {
	/** A lesson fails when, in more than this share of its one-answer questions, the right choice is the longest. */
	maxLongestRightShare: 0.5,
	/** Above this share a lesson gets a note: aim for about one question in three or fewer. */
	noteLongestRightShare: 1 / 3,
	/** "Choose all that apply" needs at least this many wrong choices. */
	minWrongInMany: 2,
	/** Two prompts of a module sharing this share of their words probably test one scenario twice. */
	samePromptShare: 0.6,
} as const;

/** Wrong choices nobody would pick: they give the answer away. */
const STRAW_MEN = [/^give up\b/i, /^do nothing( at all)?\.?$/i, /^ignore (it|everything)\.?$/i, /^panic\b/i];

export interface QuizFormFigures {
	/** One-answer questions with three or more choices (where "the longest" means something). */
	oneQuestions: number;
	/** Of those, how many have the right choice as the single longest. */
	longestRight: number;
	/** Of those, how many have the right choice as the single shortest. */
	shortestRight: number;
	/** True/false questions whose answer is True, and whose answer is False. */
	trueRight: number;
	falseRight: number;
	/** Position (0-based) of the right choice in each one-answer question. */
	rightPositions: number[];
}

export interface QuizFormReport {
	figures: QuizFormFigures;
	failures: string[];
	notes: string[];
}

const rightIndexes = (q: QuizQuestion) => q.choices.flatMap((c, i) => (c.correct ? [i] : []));

/** True when the right choice is longer than every other choice (ties do not count). */
export function rightIsLongest(q: QuizQuestion): boolean {
	const [right] = rightIndexes(q);
	if (right === undefined) return false;
	const length = q.choices[right].text.length;
	return q.choices.every((c, i) => i === right || c.text.length < length);
}

/** True when the right choice is shorter than every other choice: the opposite tell. */
export function rightIsShortest(q: QuizQuestion): boolean {
	const [right] = rightIndexes(q);
	if (right === undefined) return false;
	const length = q.choices[right].text.length;
	return q.choices.every((c, i) => i === right || c.text.length > length);
}

/** The "True" choice of a true-false question, as each edition writes it (the choice text is shown as written). */
const TRUE_CHOICE = /^(true|vrai)$/i;

export function checkQuizForm(quiz: Quiz): QuizFormReport {
	const failures: string[] = [];
	const notes: string[] = [];
	const ones = quiz.filter((q) => q.kind === 'one' && q.choices.length >= 3);
	const longest = ones.filter(rightIsLongest);
	const shortest = ones.filter(rightIsShortest);
	const tf = quiz.filter((q) => q.kind === 'true-false');
	const trueRight = tf.filter((q) => TRUE_CHOICE.test(q.choices.find((c) => c.correct)?.text.trim() ?? '')).length;
	const figures: QuizFormFigures = {
		oneQuestions: ones.length,
		longestRight: longest.length,
		shortestRight: shortest.length,
		trueRight,
		falseRight: tf.length - trueRight,
		rightPositions: ones.map((q) => rightIndexes(q)[0] ?? 0),
	};
	const share = ones.length ? longest.length / ones.length : 0;
	const names = longest.map((q) => `"${q.id}"`).join(', ');
	if (ones.length >= 2 && share > QUIZ_FORM.maxLongestRightShare) {
		failures.push(`in ${longest.length} of ${ones.length} one-answer questions the right choice is the longest (${names}): a learner can guess without reading. Shorten right answers or give wrong ones the careful, detailed form`);
	} else if (longest.length > 0 && share > QUIZ_FORM.noteLongestRightShare) {
		notes.push(`the right choice is the longest in ${longest.length} of ${ones.length} one-answer questions (${names}); aim for one in three or fewer`);
	}
	if (ones.length >= 3 && shortest.length / ones.length > QUIZ_FORM.maxLongestRightShare) {
		failures.push(`in ${shortest.length} of ${ones.length} one-answer questions the right choice is the shortest (${shortest.map((q) => `"${q.id}"`).join(', ')}): that is a pattern too. Vary the length of right answers`);
	}
	if (ones.length >= 3 && new Set(figures.rightPositions).size === 1) {
		failures.push(`the right choice is always choice ${figures.rightPositions[0] + 1} in the one-answer questions: vary its place`);
	}
	if (tf.length >= 3 && (trueRight === 0 || trueRight === tf.length)) {
		failures.push(`all ${tf.length} true/false questions have the answer ${trueRight ? 'True' : 'False'}: balance them`);
	}
	for (const q of quiz) {
		if (q.kind === 'many') {
			const wrong = q.choices.filter((c) => !c.correct).length;
			if (wrong < QUIZ_FORM.minWrongInMany) failures.push(`"${q.id}" (choose all that apply) has ${wrong} wrong choice(s): give it at least ${QUIZ_FORM.minWrongInMany}, each a mistake people really make`);
		}
		for (const c of q.choices) {
			if (!c.correct && STRAW_MEN.some((re) => re.test(c.text.trim()))) notes.push(`"${q.id}": the wrong choice "${c.text}" gives the answer away; use a mistake people really make`);
		}
	}
	return { figures, failures, notes };
}

/** Words that say nothing about the situation a question describes. */
const COMMON = new Set('what which that this with your they them their there then have from does when were will would should could about into just like only some than very want wants best next first does said says says choose apply these those other another someone something'.split(' '));
const words = (text: string) => new Set((text.toLowerCase().match(/[a-z']{4,}/g) ?? []).filter((w) => !COMMON.has(w)));

/** Pairs of questions in one module whose prompts share most of their words: one scenario tested twice? */
export function similarPrompts(questions: { lesson: string; question: QuizQuestion }[]): string[] {
	const found: string[] = [];
	const bags = questions.map((q) => words(q.question.prompt));
	for (let a = 0; a < questions.length; a++) {
		for (let b = a + 1; b < questions.length; b++) {
			const [x, y] = [bags[a], bags[b]];
			const shared = [...x].filter((w) => y.has(w)).length;
			const smaller = Math.min(x.size, y.size);
			if (smaller >= 5 && shared / smaller >= QUIZ_FORM.samePromptShare) {
				found.push(`${questions[a].lesson} "${questions[a].question.id}" and ${questions[b].lesson} "${questions[b].question.id}" ask about much the same situation`);
			}
		}
	}
	return found;
}

/** Course-wide figures for the report: the same measures, added up. */
export function summariseQuizForm(all: QuizFormFigures[]) {
	const sum = (pick: (f: QuizFormFigures) => number) => all.reduce((n, f) => n + pick(f), 0);
	const oneQuestions = sum((f) => f.oneQuestions);
	const longestRight = sum((f) => f.longestRight);
	const shortestRight = sum((f) => f.shortestRight);
	const positions = [0, 0, 0, 0];
	for (const p of all.flatMap((f) => f.rightPositions)) positions[Math.min(p, 3)]++;
	return {
		oneQuestions,
		longestRight,
		longestRightPercent: oneQuestions ? Math.round((100 * longestRight) / oneQuestions) : 0,
		shortestRight,
		shortestRightPercent: oneQuestions ? Math.round((100 * shortestRight) / oneQuestions) : 0,
		trueRight: sum((f) => f.trueRight),
		falseRight: sum((f) => f.falseRight),
		positions,
	};
}
