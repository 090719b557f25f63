import { z } from 'astro/zod';
import { kebabId } from './common';
import { checkUniqueIds } from './practice-common';

/** What a field says when it is wrong. Plain words: what to do, with an example. */
const errorsSchema = z.strictObject({
	/** Shown when a required field is left empty: "Enter your full name". */
	missing: z.string().min(5).optional(),
	/** Shown when the answer is not in the right form: "Enter an email address with an @, like sam@mail.example". */
	invalid: z.string().min(5).optional(),
	/** For dates: shown when the date is in the future. */
	future: z.string().min(5).optional(),
});

const fieldBase = {
	/** Id, unique in the form. */
	id: kebabId,
	/** The label (or the question, for groups of boxes). */
	label: z.string().min(2),
	/** A line of help under the label. */
	hint: z.string().min(3).optional(),
	/** Whether the field must be filled in; required fields carry a * mark. */
	required: z.boolean().optional().default(true),
	/** The error messages. */
	errors: errorsSchema.optional().default({}),
};

/** One rule of a password, shown next to the box and ticked as the learner types. */
export const passwordRuleSchema = z.strictObject({
	/** The rule as shown: "At least 12 characters". */
	text: z.string().min(3),
	/** The password needs at least this many characters. */
	minLength: z.number().int().positive().optional(),
	/** The password must not be one of these (compared ignoring upper and lower case). */
	notIn: z.array(z.union([z.string().min(1), z.number()]).transform(String)).optional(),
	/** The error shown when this rule is not met. */
	error: z.string().min(5),
});

/** A field of the pretend form; `type` says which kind. */
export const formFieldSchema = z.discriminatedUnion('type', [
	/** A one-line text box. */
	z.strictObject({ type: z.literal('text'), ...fieldBase }),
	/** An email address box; checked for an @ and a dot. */
	z.strictObject({ type: z.literal('email'), ...fieldBase }),
	/** A phone number box; checked for digits. */
	z.strictObject({ type: z.literal('tel'), ...fieldBase }),
	/** A date as three boxes: day, month, year (the accessible way, as on GOV.UK). */
	z.strictObject({ type: z.literal('date'), ...fieldBase, /** true: the date must be before today (a birth date). */ past: z.boolean().optional().default(false) }),
	/** A drop-down list. */
	z.strictObject({ type: z.literal('select'), ...fieldBase, /** What the list offers. */ options: z.array(z.string().min(1)).min(2) }),
	/** A group of check boxes; "required" means at least one. */
	z.strictObject({ type: z.literal('checkboxes'), ...fieldBase, options: z.array(z.string().min(1)).min(2) }),
	/** One check box, such as "I agree to the rules". */
	z.strictObject({ type: z.literal('checkbox'), ...fieldBase }),
	/** A password box with its rules shown. */
	z.strictObject({ type: z.literal('password'), ...fieldBase, rules: z.array(passwordRuleSchema).min(1).max(5) }),
	/** A "prove you are human" check that a keyboard user can pass: a check box in a framed box. */
	z.strictObject({ type: z.literal('human'), ...fieldBase }),
]);

/** A practice form, content/practice/<name>.yaml, used by <PracticeForm data="name" />. */
export const formSchema = z
	.strictObject({
		/** Title shown after "Practice:", e.g. "Fill in a sign-up form". */
		title: z.string().min(3),
		/** One or two sentences on what to do. */
		intro: z.string().min(10),
		/** The heading of the pretend form itself: "Join the computer club". */
		heading: z.string().min(3),
		/** The words on the send button: "Join the club". */
		submit: z.string().min(2),
		/** What a real site would do next, shown once the form is filled in right. */
		success: z.string().min(10),
		/** The fields, in order. */
		fields: z.array(formFieldSchema).min(1).max(15),
	})
	.superRefine((form, ctx) => {
		checkUniqueIds(form.fields, 'fields', ctx);
		form.fields.forEach((field, i) => {
			if (field.required && !field.errors.missing) {
				ctx.addIssue({ code: 'custom', path: ['fields', i, 'errors', 'missing'], message: 'a required field needs the error shown when it is left empty' });
			}
			if ((field.type === 'email' || field.type === 'tel' || field.type === 'date') && !field.errors.invalid) {
				ctx.addIssue({ code: 'custom', path: ['fields', i, 'errors', 'invalid'], message: `a ${field.type} field needs the error shown when the answer is not in the right form` });
			}
			if (field.type === 'date' && field.past && !field.errors.future) {
				ctx.addIssue({ code: 'custom', path: ['fields', i, 'errors', 'future'], message: 'a date that must be in the past needs the error shown for a future date' });
			}
			if (field.type === 'password') {
				field.rules.forEach((rule, r) => {
					if (rule.minLength === undefined && rule.notIn === undefined) {
						ctx.addIssue({ code: 'custom', path: ['fields', i, 'rules', r], message: 'say what the rule checks, with "minLength" or "notIn"' });
					}
				});
			}
		});
	});

export type FormInput = z.input<typeof formSchema>;
export type PracticeFormData = z.output<typeof formSchema>;
export type FormField = z.output<typeof formFieldSchema>;
export type PasswordRule = z.output<typeof passwordRuleSchema>;
