/**
 * Named examples of inbox data, as an author writes them (z.input). Unit tests loop over them;
 * copy one to start a new content/practice/<name>.yaml.
 */
import type { InboxInput } from '../../schemas/practice-inbox';

const signs: InboxInput['signs'] = [
	{ id: 'sender', label: 'The sender is strange', tip: 'Look at the address after the @ sign.' },
	{ id: 'urgency', label: 'It rushes you', tip: 'Scammers want you to act before you think.' },
];

export const inboxExamples = {
	/** The smallest inbox the schema accepts: three messages, safe and suspicious. */
	minimal: {
		title: 'Spot the scam',
		intro: 'Open each message and decide.',
		to: 'sam@mail.example',
		signs,
		messages: [
			{
				id: 'fake-bank',
				from: { name: 'Riverside Bank', address: 'alerts@riverside-bank-alerts.example' },
				subject: 'Account locked',
				body: ['Act within 24 hours: [Unlock](https://unlock.example/login)'],
				verdict: 'suspicious',
				signs: { sender: 'Not the bank address at all.', urgency: 'Twenty-four hours is a rush.' },
				explanation: 'A phishing message.',
			},
			{
				id: 'real-bank',
				from: { name: 'Riverside Bank', address: 'notices@riverside-bank.example' },
				subject: 'Statement ready',
				body: ['Sign in the usual way.'],
				verdict: 'safe',
				explanation: 'The real address, and no link.',
			},
			{
				id: 'library',
				from: { name: 'Riverside Library', address: 'hello@riversidelibrary.example' },
				subject: 'Book ready',
				date: 'Today',
				body: ['Collect it this week.'],
				verdict: 'safe',
				explanation: 'Nothing asked of you.',
			},
		],
	},
} satisfies Record<string, InboxInput>;
