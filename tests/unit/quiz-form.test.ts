import { describe, expect, it } from 'vitest';
import { checkQuizForm, rightIsLongest, similarPrompts, summariseQuizForm } from '../../src/content-layer/quiz-form';
import type { QuizQuestion } from '../../src/schemas/quiz';

/** A one-answer question whose choices are given as [text, correct]. */
function one(id: string, choices: [string, boolean?][], prompt = `Question ${id} about a situation?`): QuizQuestion {
	return { id, kind: 'one', prompt, covers: [], choices: choices.map(([text, correct]) => ({ text, correct: !!correct, explanation: 'Why.' })) };
}
const tf = (id: string, answer: 'True' | 'False'): QuizQuestion => ({
	id,
	kind: 'true-false',
	prompt: `Statement ${id}.`,
	covers: [],
	choices: [
		{ text: 'True', correct: answer === 'True', explanation: 'Why.' },
		{ text: 'False', correct: answer === 'False', explanation: 'Why.' },
	],
});
const longRight = (id: string, at = 1) => {
	const choices: [string, boolean?][] = [['Short.'], ['Also short.'], ['Brief.']];
	choices.splice(at, 0, ['A much longer and careful-sounding right answer.', true]);
	return one(id, choices);
};
const shortRight = (id: string) => one(id, [['A long and careful-sounding wrong answer that people pick.'], ['Right one.', true], ['Wrong.']]);

describe('quiz form checks', () => {
	it('sees a right choice that is longer than every other one, and not a tie', () => {
		expect(rightIsLongest(longRight('a'))).toBe(true);
		expect(rightIsLongest(shortRight('b'))).toBe(false);
		expect(rightIsLongest(one('c', [['Same length', true], ['Same lengtH'], ['x']]))).toBe(false);
	});

	it('fails a lesson where every one-answer question is answered by its longest choice', () => {
		const report = checkQuizForm([longRight('a', 0), longRight('b', 1), longRight('c', 2)]);
		expect(report.failures).toContain('in 3 of 3 one-answer questions the right choice is the longest ("a", "b", "c"): a learner can guess without reading. Shorten right answers or give wrong ones the careful, detailed form');
		expect(report.figures).toMatchObject({ oneQuestions: 3, longestRight: 3 });
	});

	it('only notes one longest right answer in two, and accepts one in three', () => {
		const half = checkQuizForm([longRight('a', 0), shortRight('b')]);
		expect(half.failures).toEqual([]);
		expect(half.notes).toEqual(['the right choice is the longest in 1 of 2 one-answer questions ("a"); aim for one in three or fewer']);
		expect(checkQuizForm([longRight('a', 0), shortRight('b'), shortRight('c')]).notes).toEqual([]);
	});

	it('fails a lesson whose right choices are mostly the shortest: the opposite tell', () => {
		const shortAt = (id: string, at: number) => {
			const choices: [string, boolean?][] = [['A long wrong answer people pick.'], ['Another long wrong answer.']];
			choices.splice(at, 0, ['Short.', true]);
			return one(id, choices);
		};
		const report = checkQuizForm([shortAt('a', 0), shortAt('b', 1), longRight('c', 2)]);
		expect(report.failures).toEqual(['in 2 of 3 one-answer questions the right choice is the shortest ("a", "b"): that is a pattern too. Vary the length of right answers']);
		expect(report.figures).toMatchObject({ shortestRight: 2, longestRight: 1 });
	});

	it('fails a right answer that is always in the same place', () => {
		const report = checkQuizForm([shortRight('a'), shortRight('b'), shortRight('c')]);
		expect(report.failures).toContain('the right choice is always choice 2 in the one-answer questions: vary its place');
	});

	it('fails true/false questions that all have one answer, and counts both', () => {
		expect(checkQuizForm([tf('a', 'True'), tf('b', 'True'), tf('c', 'True')]).failures).toContain('all 3 true/false questions have the answer True: balance them');
		const balanced = checkQuizForm([tf('a', 'True'), tf('b', 'False'), tf('c', 'True')]);
		expect(balanced.failures).toEqual([]);
		expect(balanced.figures).toMatchObject({ trueRight: 2, falseRight: 1 });
	});

	it('reads a French true-false question, whose choices say Vrai and Faux', () => {
		const french = (id: string, answer: 'Vrai' | 'Faux'): QuizQuestion => ({
			...tf(id, 'True'),
			choices: [
				{ text: 'Vrai', correct: answer === 'Vrai', explanation: 'Pourquoi.' },
				{ text: 'Faux', correct: answer === 'Faux', explanation: 'Pourquoi.' },
			],
		});
		expect(checkQuizForm([french('a', 'Vrai'), french('b', 'Faux'), french('c', 'Faux')]).figures).toMatchObject({ trueRight: 1, falseRight: 2 });
		expect(checkQuizForm([french('a', 'Vrai'), french('b', 'Vrai'), french('c', 'Vrai')]).failures).toContain('all 3 true/false questions have the answer True: balance them');
	});

	it('fails "choose all that apply" with fewer than two wrong choices', () => {
		const many: QuizQuestion = { ...one('m', [['A', true], ['B', true], ['C']]), kind: 'many' };
		expect(checkQuizForm([many]).failures).toEqual(['"m" (choose all that apply) has 1 wrong choice(s): give it at least 2, each a mistake people really make']);
		const fair: QuizQuestion = { ...one('m', [['A', true], ['B', true], ['C'], ['D']]), kind: 'many' };
		expect(checkQuizForm([fair]).failures).toEqual([]);
	});

	it('notes a straw-man choice', () => {
		const report = checkQuizForm([one('s', [['Give up. It will never work.'], ['Ask staff.', true], ['Restart it.']])]);
		expect(report.notes).toContain('"s": the wrong choice "Give up. It will never work." gives the answer away; use a mistake people really make');
	});

	it('finds two questions of a module about the same situation, and not two different ones', () => {
		const a = one('a', [['x', true], ['y']], 'Your grandson calls, crying, and asks you to send money for bail today.');
		const b = one('b', [['x', true], ['y']], 'A caller sounds like your grandson, crying, and asks for money for bail.');
		const c = one('c', [['x', true], ['y']], 'A website asks for your card number to sign up for a free trial.');
		expect(similarPrompts([{ lesson: 'one', question: a }, { lesson: 'two', question: b }, { lesson: 'two', question: c }])).toEqual([
			'one "a" and two "b" ask about much the same situation',
		]);
	});

	it('adds up course figures', () => {
		const figures = [longRight('a', 0), shortRight('b'), tf('t', 'False')].map((q) => checkQuizForm([q]).figures);
		expect(summariseQuizForm(figures)).toEqual({ oneQuestions: 2, longestRight: 1, longestRightPercent: 50, shortestRight: 0, shortestRightPercent: 0, trueRight: 0, falseRight: 1, positions: [1, 1, 0, 0] });
	});
});
