/**
 * Named examples of mouse practice data, as an author writes them (z.input). Unit tests loop
 * over them; copy one to start a new content/practice/<name>.yaml.
 */
import type { MouseInput } from '../../schemas/practice-mouse';

export const mouseExamples = {
	/** One task of each move. */
	minimal: {
		title: 'Use the mouse',
		intro: 'Four small tasks, one at a time.',
		tasks: [
			{ id: 'click', move: 'click', instruction: 'Click the green button.', target: 'Click me', hint: 'Point, then press the left button once.', done: 'That was a click.' },
			{ id: 'open', move: 'double-click', instruction: 'Double-click the folder.', target: 'Photos', hint: 'Press the left button twice, quickly.', done: 'The folder opened.' },
			{ id: 'drag', move: 'drag', instruction: 'Drag the letter into the box.', card: 'Letter', box: 'Box', hint: 'Press, hold, move, let go.', done: 'It is in the box.' },
			{ id: 'scroll', move: 'scroll', instruction: 'Scroll down to find the word apple.', word: 'apple', text: ['Roll the wheel.', 'Keep going.', 'Almost there.', 'Just below.'], hint: 'Roll the wheel towards you.', done: 'You found it.' },
		],
	},
} satisfies Record<string, MouseInput>;
