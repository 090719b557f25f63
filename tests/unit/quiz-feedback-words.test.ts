import { describe, expect, it } from 'vitest';
import { contentRoot, readLessonSources } from '../../src/content-layer/read-content';
import { quiz as quizStrings } from '../../src/i18n/en/quiz';

// The quiz's feedback starts with its own verdict ("Right." or "Not quite.") and shows each chosen
// answer as "Right: <choice> <explanation>" or "Not right: <choice> <explanation>" (src/i18n/en/quiz.ts,
// src/islands/quiz). An explanation that starts with a verdict again made the feedback read
// "Right: ... Right." or "Not right: ... Wrong: ..." (issue #24): keep every lesson free of it.
// The interface's own words, as it says them, and the other words that give a verdict:
const INTERFACE_VERDICTS = (['quiz.choiceRight', 'quiz.choiceWrong', 'quiz.right', 'quiz.wrong'] as const).map((key) => quizStrings[key].replace(/[.:!]+$/, ''));
const OTHER_VERDICTS = ['correct', 'incorrect', 'wrong', 'yes', 'no', 'nope', 'true', 'false', 'not correct'];
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A verdict word, then a stop, colon, comma or dash: "Wrong: ...", "No. ...", but not "No one ..." or "Nobody ...".
const VERDICT_FIRST = new RegExp(`^\\s*(${[...INTERFACE_VERDICTS, ...OTHER_VERDICTS].map(escape).join('|')})\\s*[.!:,;—–-]`, 'i');

interface Choice {
	correct?: boolean;
	explanation?: string;
}
interface Question {
	id: string;
	choices: Choice[];
	explanation?: string;
}

describe('quiz explanations do not repeat the verdict', () => {
	const { lessons } = readLessonSources(contentRoot(), process.cwd());
	const questions = lessons.flatMap((lesson) => ((lesson.frontmatter as { quiz?: Question[] }).quiz ?? []).map((question) => ({ file: lesson.file, question })));

	/** Explanations that start with a verdict, as "file question: explanation". */
	const repeats = (pick: (question: Question) => { explanation?: string; where?: string }[]) =>
		questions.flatMap(({ file, question }) =>
			pick(question)
				.filter(({ explanation }) => VERDICT_FIRST.test(explanation ?? ''))
				.map(({ explanation, where }) => `${file} ${question.id}${where ?? ''}: ${explanation}`),
		);

	it('reads the lessons and their questions', () => {
		expect(lessons.length).toBeGreaterThan(40);
		expect(questions.length).toBeGreaterThan(150);
	});

	it('knows the interface\'s verdicts and tells a verdict from a plain start', () => {
		expect(INTERFACE_VERDICTS).toEqual(['Right', 'Not right', 'Right', 'Not quite']);
		for (const start of ['Right.', 'Correct!', 'Yes, ', 'Wrong: ', 'Incorrect.', 'Not right: ', 'not quite. ', 'No. ', 'No, ', 'False —']) {
			expect(VERDICT_FIRST.test(`${start}scammers send texts to thousands of people.`), start).toBe(true);
		}
		for (const start of ['No government office takes gift cards.', 'Nobody can see it.', 'Not every message is a scam.', 'Rightly so, it asks first.', 'Correcting a post takes a minute.']) {
			expect(VERDICT_FIRST.test(start), start).toBe(false);
		}
	});

	it('no right choice, and no general explanation, starts with a verdict ("Right.", "Correct.", "Yes.")', () => {
		expect(repeats((q) => [...q.choices.filter((c) => c.correct), { explanation: q.explanation, where: ' (general)' }])).toEqual([]);
	});

	it('no wrong choice starts with a verdict ("Wrong:", "No.", "Not quite.", "Incorrect.")', () => {
		expect(repeats((q) => q.choices.filter((c) => !c.correct))).toEqual([]);
	});
});
