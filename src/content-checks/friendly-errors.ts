import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './problem';

type Issue = z.core.$ZodIssue;

function fieldName(path: PropertyKey[]): string {
	if (path.length === 0) return 'frontmatter';
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Where the checked data lives, for the "Fix:" line: the frontmatter, or a data file. */
export interface DataPlace {
	/** "the frontmatter" or a file such as "content/practice/spot-the-scam.yaml". */
	where: string;
	/** The page that explains the fields. */
	docs: string;
}

const FRONTMATTER: DataPlace = { where: 'the frontmatter', docs: 'docs/authoring.md' };

function describe(issue: Issue, input: unknown, place: DataPlace): { problem: string; fix: string } {
	const name = fieldName(issue.path);
	let value: unknown = input;
	for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) {
				return { problem: 'is missing.', fix: `add "${name}:" to ${place.where} (see ${place.docs} for what it holds).` };
			}
			return {
				problem: `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, but it is ${JSON.stringify(value)}.`,
				fix: issue.expected === 'array' ? `write it as a list, one "- item" a line.` : `write a ${issue.expected} here.`,
			};
		case 'too_small':
			if (issue.origin === 'array') {
				return { problem: `needs at least ${issue.minimum} item(s).`, fix: `add items to "${name}" until there are at least ${issue.minimum}.` };
			}
			if (issue.origin === 'string') {
				return { problem: `is too short (at least ${issue.minimum} characters).`, fix: `write a fuller "${name}".` };
			}
			return { problem: `must be at least ${issue.minimum}.`, fix: `use a number of ${issue.minimum} or more.` };
		case 'too_big':
			if (issue.origin === 'array') {
				return { problem: `has more than ${issue.maximum} items.`, fix: `keep the ${issue.maximum} most important ones.` };
			}
			return { problem: `must be at most ${issue.maximum}.`, fix: `use a number of ${issue.maximum} or less.` };
		case 'invalid_format':
			return { problem: `${JSON.stringify(value)} is not valid: ${issue.message}.`, fix: `correct the value of "${name}".` };
		case 'unrecognized_keys':
			return { problem: `has unknown field(s): ${issue.keys.join(', ')}.`, fix: 'remove them or check their spelling.' };
		default:
			return { problem: `${issue.message}.`, fix: `correct the value of "${name}".` };
	}
}

/** `quiz[2].choices[0].text` -> `quiz[2] "scam-text", choices[0].text`: authors find questions by id. */
function withQuestionId(path: PropertyKey[], input: unknown): string {
	const name = fieldName(path);
	const [top, index] = path;
	if (top !== 'quiz' || typeof index !== 'number') return name;
	const id = (input as { quiz?: { id?: unknown }[] } | undefined)?.quiz?.[index]?.id;
	if (typeof id !== 'string') return name;
	return `quiz[${index}] "${id}"${path.length > 2 ? `, ${fieldName(path.slice(2))}` : ''}`;
}

/** Turns Zod issues into problems an author can act on. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown, place: DataPlace = FRONTMATTER): ContentProblem[] {
	return error.issues.map((issue) => ({ file, field: withQuestionId(issue.path, input), ...describe(issue, input, place) }));
}

/** Parses input with a schema, or throws a ContentError naming the file and each field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw new ContentError(problemsFromZod(file, result.error, input));
}
