import { describe, expect, it } from 'vitest';
import { checkQuiz } from '../../src/content-layer/check-quiz';
import { checkContent } from '../../src/content-layer/check-content';
import { parseLessonSource } from '../../src/content-layer/read-content';
import { ContentError } from '../../src/content-layer/problem';
import { questionSchema, type QuizQuestion } from '../../src/schemas/quiz';
import { courseSchema } from '../../src/schemas/course';

const FILE = 'content/lessons/staying-safe/02-spot-a-scam.mdx';
const coverage = new Set(['SAFE-1', 'SAFE-3']);
type QuestionInput = Omit<Partial<QuizQuestion>, 'choices'> & { choices?: { text: string; correct?: boolean; explanation?: string }[] };

const good: QuestionInput = {
	id: 'scam-text',
	kind: 'one',
	prompt: 'You get a text from your bank. What do you do?',
	choices: [
		{ text: 'Call the number on your bank card', correct: true, explanation: 'You know that number is real.' },
		{ text: 'Tap the link in the text', explanation: 'The link may lead to a fake site.' },
	],
};
// Each question on its own: these tests are about the rules of one question, not the quiz's length.
const quiz = (...questions: QuestionInput[]) => questions.map((q) => questionSchema.parse(q));
const problems = (...questions: QuestionInput[]) => checkQuiz(FILE, quiz(...questions), coverage).map((p) => `${p.field}: ${p.problem} Fix: ${p.fix}`);

describe('quiz checks', () => {
	it('accepts a well-made quiz of every kind', () => {
		const many: QuestionInput = { ...good, id: 'signs', kind: 'many', choices: [{ text: 'Hurry', correct: true }, { text: 'Your name', correct: true }, { text: 'A logo', explanation: 'Logos are easy to copy.' }] };
		const trueFalse: QuestionInput = { ...good, id: 'caller-id', kind: 'true-false', choices: [{ text: 'True', explanation: 'Caller ID can be faked.' }, { text: 'False', correct: true }], covers: ['SAFE-3'] };
		expect(problems(good, many, trueFalse)).toEqual([]);
	});

	it('needs at least two choices', () => {
		expect(problems({ ...good, choices: [good.choices![0]!] })).toEqual([
			'quiz[0] "scam-text": has 1 choice(s); a question needs at least 2. Fix: add choices under "choices:", each with "text:".',
		]);
	});

	it('needs a right answer', () => {
		expect(problems({ ...good, choices: [{ text: 'A', explanation: 'No.' }, { text: 'B', explanation: 'No.' }] })).toEqual([
			'quiz[0] "scam-text": has no right answer. Fix: add "correct: true" to the right choice.',
		]);
	});

	it('allows one right answer only in one-answer and true-or-false questions', () => {
		const two = [{ text: 'A', correct: true }, { text: 'B', correct: true }];
		expect(problems({ ...good, choices: two })).toEqual([
			'quiz[0] "scam-text": is a one-answer question but has 2 right answers. Fix: keep "correct: true" on one choice only, or use kind: many for "choose all that apply".',
		]);
		expect(problems({ ...good, kind: 'true-false', choices: two })).toEqual([
			'quiz[0] "scam-text": is a true-or-false question but has 2 right answers. Fix: keep "correct: true" on one choice only, or use kind: many for "choose all that apply".',
		]);
		expect(problems({ ...good, kind: 'many', choices: two })).toEqual([]);
	});

	it('gives a true-or-false question exactly two choices', () => {
		const three = [...good.choices!, { text: 'Maybe', explanation: 'Pick one.' }];
		expect(problems({ ...good, kind: 'true-false', choices: three })).toEqual([
			'quiz[0] "scam-text": is a true-or-false question with 3 choices; it needs exactly 2. Fix: keep two choices, "True" and "False", or use kind: one.',
		]);
	});

	it('wants an explanation for every wrong choice, and names the choice', () => {
		const choices = [good.choices![0]!, { text: 'Reply STOP to the text so they leave you alone for good' }];
		expect(problems({ ...good, choices })).toEqual([
			'quiz[0] "scam-text": choice 2 ("Reply STOP to the text so they leave ...") is wrong but has no explanation. Fix: add "explanation:" saying why it is wrong: learners who pick it need to know.',
		]);
	});

	it('wants question ids unique within the lesson', () => {
		expect(problems(good, { ...good, id: 'other' }, good)).toEqual([
			'quiz[2] "scam-text": has the same id as quiz[0]. Fix: give each question of the lesson its own id: results are saved under it.',
		]);
	});

	it('checks the coverage IDs a question names', () => {
		expect(problems({ ...good, covers: ['SAFE-9'] })).toEqual([
			'quiz[0] "scam-text": covers "SAFE-9", which is not a coverage ID. Fix: use IDs listed in content/coverage.yaml, such as "SAFE-1".',
		]);
	});
});

describe('a bad quiz fails the content check with a message naming the file and the question', () => {
	const course = courseSchema.parse({
		title: 'Course',
		tagline: 'A course',
		audiences: [{ id: 'all', title: 'Everyone', description: 'Everyone can start here.', modules: ['staying-safe'] }],
		modules: [{ id: 'staying-safe', title: 'Staying safe', summary: 'Stay safe online.', audience: 'Everyone', outcomes: ['Stay safe'], icon: 'shield.svg' }],
	});
	const ctx = { course, coverageIds: coverage, componentNames: new Set<string>(), staticPages: [], publicFileExists: () => true };
	const lesson = (quizYaml: string) => {
		const source = `---\nid: spot-a-scam\ntitle: Spot a scam\nsummary: Learn the signs of a scam message.\nmodule: staying-safe\norder: 2\nminutes: 20\nquestions: [How do I spot a scam?]\nobjectives: [Spot a scam text, Report a scam]\nkeyPoints: [One, Two, Three]\ncovers: [SAFE-3]\nreviewed: 2026-11-22\n${quizYaml}---\n\nBody.\n`;
		return parseLessonSource(FILE, source).lesson!;
	};
	/** Two sound questions after the one under test, so the quiz has the 3 it needs. */
	const twoMore = ['true-false-1', 'true-false-2'].map((id) => `  - id: ${id}
    kind: true-false
    prompt: A bank never asks for your PIN by text.
    choices:
      - text: "True"
        correct: true
      - text: "False"
        explanation: Banks never ask for it.
`).join('');

	it('reports the quiz rules', () => {
		const { problems: found, lessons } = checkContent([lesson(`quiz:
  - id: scam-text
    kind: one
    prompt: You get a text from your bank. What do you do?
    choices:
      - text: Call your bank
        correct: true
      - text: Tap the link
${twoMore}`)], ctx);
		expect(lessons).toEqual([]);
		expect(new ContentError(found).message).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/staying-safe/02-spot-a-scam.mdx
			  quiz[0] "scam-text": choice 2 ("Tap the link") is wrong but has no explanation.
			  Fix: add "explanation:" saying why it is wrong: learners who pick it need to know."
		`);
	});

	it('names the question in schema errors too', () => {
		const { problems: found } = checkContent([lesson(`quiz:
  - id: scam-text
    kind: maybe
    prompt: You get a text from your bank. What do you do?
    choices:
      - text: Call your bank
        correct: true
      - correct: false
${twoMore}`)], ctx);
		expect(found.map((p) => p.field)).toEqual(['quiz[0] "scam-text", kind', 'quiz[0] "scam-text", choices[1].text']);
	});
});
