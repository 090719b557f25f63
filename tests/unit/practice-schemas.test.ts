import { describe, expect, it } from 'vitest';
import { inboxSchema } from '../../src/schemas/practice-inbox';
import { browserSchema } from '../../src/schemas/practice-browser';
import { formSchema } from '../../src/schemas/practice-form';
import { checkWithSchema } from '../../src/content-layer/friendly-errors';
import { inboxExamples } from '../../src/islands/practice-inbox/examples';
import { browserExamples } from '../../src/islands/practice-browser/examples';
import { formExamples } from '../../src/islands/practice-form/examples';
import type { z } from 'astro/zod';

const FILE = 'content/practice/example.yaml';

/** "field: problem" lines, as the author will read them. */
function problems(schema: z.ZodType, input: unknown): string[] {
	return checkWithSchema(schema, input, { file: FILE, docs: 'README.md' }).problems.map((p) => `${p.field}: ${p.problem}`);
}

describe('every named example fits its schema', () => {
	for (const [name, example] of Object.entries(inboxExamples)) it(`inbox: ${name}`, () => expect(problems(inboxSchema, example)).toEqual([]));
	for (const [name, example] of Object.entries(browserExamples)) it(`browser: ${name}`, () => expect(problems(browserSchema, example)).toEqual([]));
	for (const [name, example] of Object.entries(formExamples)) it(`form: ${name}`, () => expect(problems(formSchema, example)).toEqual([]));
});

describe('inbox schema', () => {
	const inbox = inboxExamples.minimal;
	const [scam, safe, other] = inbox.messages;

	it('checks that messages use declared signs, and that only suspicious ones have signs', () => {
		const input = { ...inbox, messages: [{ ...scam, signs: { sendr: 'A typo in the sign id.' } }, { ...safe, signs: { sender: 'A safe message with a sign.' } }, other] };
		expect(problems(inboxSchema, input)).toEqual([
			'messages[0].signs.sendr: "sendr" is not one of the signs listed under "signs" (sender, urgency).',
			'messages[1].signs: a safe message has no warning signs; say why it is safe in "explanation" instead.',
		]);
	});

	it('wants signs on a suspicious message, a mix of verdicts and unique ids', () => {
		expect(problems(inboxSchema, { ...inbox, messages: [{ ...scam, signs: {} }, safe, { ...other, id: 'real-bank' }] })).toEqual([
			'messages[2].id: "real-bank" is used twice; give each one its own id.',
			'messages[0].signs: a suspicious message needs at least one warning sign, so learners can find it.',
		]);
		expect(problems(inboxSchema, { ...inbox, messages: [safe, other, { ...other, id: 'third' }] })).toEqual(['messages: mix safe and suspicious messages, so learners must really decide.']);
	});

	it('catches misspelt fields and a wrong verdict', () => {
		expect(problems(inboxSchema, { ...inbox, messages: [{ ...scam, verdict: 'scam', subjet: 'x' }, safe, other] })).toEqual([
			'messages[0].verdict: Invalid option: expected one of "safe"|"suspicious".',
			'messages[0].subjet: is not a known field.',
		]);
	});
});

describe('browser schema', () => {
	const browser = browserExamples.minimal;

	it('checks that the start page, typed addresses and right answers exist', () => {
		const [type, back, choose] = browser.tasks;
		if (choose.check !== 'choose') throw new Error('the example\'s third task is a question');
		const input = {
			...browser,
			start: 'home',
			tasks: [{ ...type, address: 'https://www.libary.example/' }, back, { ...choose, choices: choose.choices.map((c) => ({ ...c, correct: true })) }],
		};
		expect(problems(browserSchema, input)).toEqual([
			'start: "home" is not the id of a page (search, library).',
			'tasks[0].address: no page has the address "https://www.libary.example/"; add the page or correct the address.',
			'tasks[2].choices: exactly one choice needs "correct: true".',
		]);
	});

	it('matches a typed address with or without "https://", "www." and the last slash', () => {
		const [type, ...rest] = browser.tasks;
		expect(problems(browserSchema, { ...browser, tasks: [{ ...type, address: 'http://library.example' }, ...rest] })).toEqual([]);
	});

	it('names an unknown kind of page part or task', () => {
		const [search, library] = browser.pages;
		expect(problems(browserSchema, { ...browser, pages: [search, { ...library, content: [{ type: 'video', text: 'x' }] }] })).toEqual([
			"pages[1].content[0].type: Invalid discriminator value. Expected 'heading' | 'text' | 'link' | 'result' | 'sign-in'.",
		]);
	});
});

describe('form schema', () => {
	const form = formExamples.everyKind;
	const field = (id: string) => form.fields.find((f) => f.id === id)!;

	it('asks for the error messages each field can show', () => {
		const input = { ...form, fields: [{ ...field('name'), errors: {} }, { ...field('email'), errors: { missing: 'Enter your email.' } }, { ...field('born'), errors: { missing: 'Enter it.', invalid: 'A real date.' } }] };
		expect(problems(formSchema, input)).toEqual([
			'fields[0].errors.missing: a required field needs the error shown when it is left empty.',
			'fields[1].errors.invalid: a email field needs the error shown when the answer is not in the right form.',
			'fields[2].errors.future: a date that must be in the past needs the error shown for a future date.',
		]);
	});

	it('wants each password rule to say what it checks, and reads numbers in "notIn" as text', () => {
		const password = field('password') as Extract<(typeof form.fields)[number], { type: 'password' }>;
		expect(problems(formSchema, { ...form, fields: [{ ...password, rules: [{ text: 'Be nice', error: 'Be nicer.' }] }] })).toEqual(['fields[0].rules[0]: say what the rule checks, with "minLength" or "notIn".']);
		const parsed = formSchema.parse(form).fields.find((f) => f.type === 'password');
		expect(parsed?.type === 'password' && parsed.rules[1]!.notIn).toEqual(['password1234', '123456789012']);
	});

	it('makes fields required unless they say otherwise', () => {
		const parsed = formSchema.parse(form);
		expect(parsed.fields.filter((f) => !f.required).map((f) => f.id)).toEqual(['phone']);
	});
});
