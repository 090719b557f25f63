/**
 * A small deck for the deck's examples (slides.astro, notes.astro): one lesson of six slides, one
 * of each kind a lesson makes (title, points, steps, a question for the room, key points), with
 * notes. Made by hand, not from a lesson file, so the component tests do not change with the course.
 */
import type { Slide } from '../../../lib/workshop/deck';
import type { DeckInfo } from '../../../lib/workshop/deck-info';
import type { QuizQuestion } from '../../../schemas/quiz';
// The examples are built under /_examples/ (their base): href() adds it.
import { href } from '../../../lib/url';

const question: QuizQuestion = {
	id: 'pin',
	kind: 'one',
	prompt: 'A text asks for your PIN. What do you do?',
	choices: [
		{ text: 'Send it.', correct: false, explanation: 'Your bank never asks for it.' },
		{ text: 'Delete the text.', correct: true, explanation: 'That keeps your money safe.' },
	],
	explanation: 'No one real asks for your PIN.',
	covers: [],
};

export const exampleInfo: DeckInfo = {
	id: 'lesson:example-deck',
	timerId: 'module:example-deck',
	locale: 'en',
	title: 'Spot a scam',
	module: { id: 'example-module', title: 'Staying safe', summary: 'Stay safe online, one small step at a time.', audience: 'Everyone', outcomes: ['Spot a scam'], icon: 'shield.svg', minutes: 10 },
	lessons: [{ id: 'example-deck', title: 'Spot a scam', minutes: 10, objectives: ['Tell a scam from a real message', 'Know what to do next'], keyPoints: ['Scams rush you.', 'Never share your PIN.'], quiz: [question], number: 1, total: 1 }],
	minutes: 10,
	links: { slides: href('/deck/slides/'), notes: href('/deck/notes/'), guide: href('/trainers/'), module: href('/trainers/') },
	qrMissing: 'placeholder',
};

const notes = (...items: string[]) => items.map((text) => `<p>${text}</p>`);
const base = (number: number) => ({ number, id: `slide-${number}`, lesson: 0 });

export const exampleSlides: Slide[] = [
	{ ...base(1), kind: 'title', notes: notes('Welcome the group. Say what the lesson is for.') },
	{ ...base(2), kind: 'points', section: 1, title: 'What a scam looks like', lines: ['It rushes you.', 'It asks for a password or a PIN.', 'It offers a prize you never entered for.'], notes: notes('Ask who has had a message like this.') },
	{ ...base(3), kind: 'steps', section: 2, title: 'What to do', steps: ['Stop.', 'Check who sent it.', 'Ask someone you trust.'], start: 1, full: ['Stop.', 'Check who sent it.', 'Ask someone you trust.'], notes: notes('Walk through the steps with a real example.') },
	{ ...base(4), kind: 'points', section: 3, title: 'Where to get help', lines: ['Your bank, on the number on your card.', 'A friend or a library helper.'], notes: notes('Hand out the list of helplines.') },
	{ ...base(5), kind: 'quiz', question, index: 0, count: 1, notes: [] },
	{ ...base(6), kind: 'key-points', notes: notes('Sum up, and ask for questions.') },
];
