import { describe, expect, it } from 'vitest';
import { fieldError, formScore, parseDate, passwordRuleMet, validateForm, type FieldKey } from '../../src/islands/practice-form/form-rules';
import { formSchema } from '../../src/schemas/practice-form';
import { formExamples } from '../../src/islands/practice-form/examples';

const fields = formSchema.parse(formExamples.everyKind).fields as FieldKey[];
const field = (id: string) => fields.find((f) => f.id === id)!;
const TODAY = new Date(2026, 10, 22);
const errorOf = (id: string, value: Parameters<typeof fieldError>[1]) => fieldError(field(id), value, TODAY);

describe('the practice form checks each kind of field', () => {
	it('asks for required fields and leaves optional ones alone', () => {
		expect(errorOf('name', '   ')).toBe('Enter your name.');
		expect(errorOf('name', 'Sam Taylor')).toBeUndefined();
		expect(errorOf('phone', '')).toBeUndefined();
		expect(errorOf('branch', '')).toBe('Choose a library.');
		expect(errorOf('topics', [])).toBe('Tick one or more.');
		expect(errorOf('topics', ['Email'])).toBeUndefined();
		expect(errorOf('agree', false)).toBe('Tick to agree.');
		expect(errorOf('human', true)).toBeUndefined();
	});

	it('checks email addresses and phone numbers', () => {
		for (const bad of ['sam', 'sam@mail', 'sam @mail.example', '@mail.example']) expect(errorOf('email', bad), bad).toBe('Enter an email with an @.');
		expect(errorOf('email', ' sam@mail.example ')).toBeUndefined();
		expect(errorOf('phone', 'call me')).toBe('Use numbers only.');
		expect(errorOf('phone', '12')).toBe('Use numbers only.');
		expect(errorOf('phone', '+1 (555) 010-0123')).toBeUndefined();
	});

	it('checks dates: all three boxes, a real day, and in the past for a birth date', () => {
		const date = (day: string, month: string, year: string) => errorOf('born', { day, month, year });
		expect(date('', '', '')).toBe('Enter the date.');
		expect(date('27', '3', '')).toBe('Enter a real date.');
		expect(date('31', '2', '1985')).toBe('Enter a real date.');
		expect(date('27', 'March', '1985')).toBe('Enter a real date.');
		expect(date('27', '3', '85')).toBe('Enter a real date.');
		expect(date('22', '11', '2026')).toBe('It must be in the past.');
		expect(date('21', '11', '2026')).toBeUndefined();
		expect(date(' 29 ', '02', '2024')).toBeUndefined();
		expect(parseDate({ day: '29', month: '2', year: '2023' })).toBeUndefined();
	});

	it('checks each password rule, first unmet rule first', () => {
		expect(errorOf('password', '')).toBe('Create a password.');
		expect(errorOf('password', 'short')).toBe('Too short: use 12 characters.');
		expect(errorOf('password', 'PASSWORD1234')).toBe('Too common: choose another.');
		expect(errorOf('password', 'purple tractor window')).toBeUndefined();
		const [length, common] = (field('password').rules ?? []) as [NonNullable<FieldKey['rules']>[number], NonNullable<FieldKey['rules']>[number]];
		expect(passwordRuleMet(length, '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe(true);
		expect(passwordRuleMet(common, '123456789012')).toBe(false);
	});
});

describe('sending the whole form', () => {
	const good = {
		name: 'Sam Taylor',
		email: 'sam@mail.example',
		phone: '',
		born: { day: '27', month: '3', year: '1985' },
		branch: 'North',
		topics: ['Forms'],
		password: 'purple tractor window',
		agree: true,
		human: true,
	};

	it('lists every error in form order, and none for a good form', () => {
		expect(validateForm(fields, good, TODAY)).toEqual([]);
		expect(validateForm(fields, { ...good, human: false, name: '', email: 'sam' }, TODAY)).toEqual([
			{ id: 'name', message: 'Enter your name.' },
			{ id: 'email', message: 'Enter an email with an @.' },
			{ id: 'human', message: 'Tick the box.' },
		]);
	});

	it('scores the parts right at the first send', () => {
		const first = validateForm(fields, { ...good, email: 'sam', agree: false }, TODAY);
		expect(formScore(first, fields.length)).toEqual({ score: 7, total: 9 });
		expect(formScore([], fields.length)).toEqual({ score: 9, total: 9 });
	});
});
