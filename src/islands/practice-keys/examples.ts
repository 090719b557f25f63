/**
 * Named examples of keyboard practice data, as an author writes them (z.input). Unit tests loop
 * over them; copy one to start a new content/practice/<name>.yaml.
 */
import type { KeysInput } from '../../schemas/practice-keys';

export const keysExamples = {
	/** One task of each kind, and a mistake to fix. */
	minimal: {
		title: 'Use the keyboard',
		intro: 'Small tasks, one at a time.',
		tasks: [
			{ id: 'name', kind: 'type', instruction: 'Type the name Sam Lee.', keys: ['Shift'], label: 'Your name', text: 'Sam Lee', hint: 'Hold Shift for the capitals.', done: 'Shift makes a capital.' },
			{ id: 'fix', kind: 'type', instruction: 'Delete the extra d.', keys: ['Backspace'], label: 'Town', start: 'Riversidde', text: 'Riverside', hint: 'Press Backspace once.', done: 'Fixed.' },
			{ id: 'tab', kind: 'tab', instruction: 'Press Tab to go to Last name.', keys: ['Tab'], from: 'First name', to: 'Last name', hint: 'Press Tab once.', done: 'Tab moves on.' },
			{ id: 'enter', kind: 'enter', instruction: 'Type library and press Enter.', keys: ['Enter'], label: 'Search', button: 'Search', text: 'library', hint: 'Press Enter.', done: 'Sent.' },
		],
	},
} satisfies Record<string, KeysInput>;
