/**
 * Checks of the practice form, pure so they are unit-tested: which error, if any, each field
 * shows after "send", and the score reported to progress.
 */
import type { FormField, PasswordRule } from '../../schemas/practice-form';

/** What a check needs to know of a field; the page states it as JSON in `data-config`. */
export type FieldKey = Pick<FormField, 'id' | 'type' | 'required' | 'errors'> & { past?: boolean; rules?: PasswordRule[] };

export interface DateParts {
	day: string;
	month: string;
	year: string;
}

/** text, email, tel, password, select: the text; checkboxes: the ticked options; checkbox, human: ticked or not; date: its three boxes. */
export type FieldValue = string | string[] | boolean | DateParts;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;

export function passwordRuleMet(rule: PasswordRule, password: string): boolean {
	if (rule.minLength !== undefined && [...password].length < rule.minLength) return false;
	if (rule.notIn?.some((common) => common.toLowerCase() === password.trim().toLowerCase())) return false;
	return true;
}

/** A real calendar date from day, month and year boxes, or undefined. */
export function parseDate({ day, month, year }: DateParts): { year: number; month: number; day: number } | undefined {
	if (![day, month, year].every((part) => /^\d+$/.test(part.trim()))) return undefined;
	const [d, m, y] = [day, month, year].map((part) => Number(part.trim())) as [number, number, number];
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return undefined;
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCDate() === d ? { year: y, month: m, day: d } : undefined;
}

function isEmpty(value: FieldValue): boolean {
	if (typeof value === 'string') return value.trim() === '';
	if (typeof value === 'boolean') return !value;
	if (Array.isArray(value)) return value.length === 0;
	return [value.day, value.month, value.year].every((part) => part.trim() === '');
}

/** The error a field shows, or undefined when it is fine. `today` is passed in so tests can fix it. */
export function fieldError(field: FieldKey, value: FieldValue, today: Date): string | undefined {
	if (isEmpty(value)) return field.required ? field.errors.missing : undefined;
	const text = typeof value === 'string' ? value.trim() : '';
	switch (field.type) {
		case 'email':
			return EMAIL.test(text) ? undefined : field.errors.invalid;
		case 'tel':
			return PHONE.test(text) && text.replace(/\D/g, '').length >= 6 ? undefined : field.errors.invalid;
		case 'password':
			return field.rules?.find((rule) => !passwordRuleMet(rule, typeof value === 'string' ? value : ''))?.error;
		case 'date': {
			const date = typeof value === 'object' && !Array.isArray(value) ? parseDate(value) : undefined;
			if (!date) return field.errors.invalid;
			const given = Date.UTC(date.year, date.month - 1, date.day);
			const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
			return field.past && given >= now ? field.errors.future : undefined;
		}
		default:
			return undefined;
	}
}

export interface FieldProblem {
	id: string;
	message: string;
}

/** Every field's error, in form order. */
export function validateForm(fields: FieldKey[], values: Record<string, FieldValue>, today: Date): FieldProblem[] {
	const problems: FieldProblem[] = [];
	for (const field of fields) {
		const message = fieldError(field, values[field.id] ?? '', today);
		if (message) problems.push({ id: field.id, message });
	}
	return problems;
}

/** The score reported to progress: parts right at the first "send", out of all parts. */
export function formScore(firstProblems: FieldProblem[], fieldCount: number): { score: number; total: number } {
	return { score: fieldCount - new Set(firstProblems.map((p) => p.id)).size, total: fieldCount };
}
