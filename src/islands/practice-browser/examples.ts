/**
 * Named examples of practice browser data, as an author writes them (z.input). Unit tests loop
 * over them; copy one to start a new content/practice/<name>.yaml.
 */
import type { BrowserInput } from '../../schemas/practice-browser';

export const browserExamples = {
	/** Two pages and one task of each kind that needs data. */
	minimal: {
		title: 'Use a web browser',
		intro: 'Do the tasks one by one.',
		start: 'search',
		pages: [
			{
				id: 'search',
				address: 'https://search.example/?q=library',
				title: 'Search',
				content: [
					{ type: 'heading', text: 'Results' },
					{ type: 'result', text: 'Library', address: 'https://www.library.example/', summary: 'Books.', ad: true },
				],
			},
			{ id: 'library', address: 'https://www.library.example/', title: 'Library', note: 'A note for learners.', content: [{ type: 'text', text: 'Welcome.' }] },
		],
		tasks: [
			{ id: 'type', check: 'type-address', address: 'https://www.library.example/', instruction: 'Type the address.', hint: 'Use the address bar.', done: 'Well done.' },
			{ id: 'back', check: 'back', instruction: 'Go back.', hint: 'Press Back.', done: 'Well done.' },
			{
				id: 'which',
				check: 'choose',
				instruction: 'Answer the question.',
				question: 'Which is real?',
				choices: [
					{ text: 'www.library.example', correct: true, explanation: 'Yes, the real one.' },
					{ text: 'www.1ibrary.example', explanation: 'A one, not an L.' },
				],
				hint: 'Look closely.',
				done: 'Right.',
			},
		],
	},
} satisfies Record<string, BrowserInput>;
