/**
 * Named examples of practice form data, as an author writes them (z.input). Unit tests loop
 * over them; copy one to start a new content/practice/<name>.yaml.
 */
import type { FormInput } from '../../schemas/practice-form';

export const formExamples = {
	/** One field of each kind. */
	everyKind: {
		title: 'Fill in a form',
		intro: 'Make up the details.',
		heading: 'Join the club',
		submit: 'Join',
		success: 'A real site would now thank you.',
		fields: [
			{ id: 'name', type: 'text', label: 'Name', errors: { missing: 'Enter your name.' } },
			{ id: 'email', type: 'email', label: 'Email', errors: { missing: 'Enter your email.', invalid: 'Enter an email with an @.' } },
			{ id: 'phone', type: 'tel', label: 'Phone', required: false, errors: { invalid: 'Use numbers only.' } },
			{ id: 'born', type: 'date', label: 'Date of birth', past: true, errors: { missing: 'Enter the date.', invalid: 'Enter a real date.', future: 'It must be in the past.' } },
			{ id: 'branch', type: 'select', label: 'Library', options: ['North', 'South'], errors: { missing: 'Choose a library.' } },
			{ id: 'topics', type: 'checkboxes', label: 'Topics', options: ['Email', 'Forms'], errors: { missing: 'Tick one or more.' } },
			{
				id: 'password',
				type: 'password',
				label: 'Password',
				rules: [
					{ text: '12 characters', minLength: 12, error: 'Too short: use 12 characters.' },
					{ text: 'Not common', notIn: ['password1234', 123456789012], error: 'Too common: choose another.' },
				],
				errors: { missing: 'Create a password.' },
			},
			{ id: 'agree', type: 'checkbox', label: 'I agree', errors: { missing: 'Tick to agree.' } },
			{ id: 'human', type: 'human', label: 'I am not a robot', errors: { missing: 'Tick the box.' } },
		],
	},
} satisfies Record<string, FormInput>;
