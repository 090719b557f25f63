import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * The one way content is checked against a schema: every schema problem becomes a message an
 * author can act on, naming the file and the field (as Astro Starlight does for its config).
 */

/** Where the checked data lives, for the messages. */
export interface DataPlace {
	/** The file, relative to the project root, such as "content/course.yaml". */
	file: string;
	/** Where to add a missing field: "the frontmatter" for a lesson; the file itself by default. */
	where?: string;
	/** The page that explains the fields. */
	docs?: string;
}

/** A lesson's fields live in its frontmatter; other content files are YAML files of their own. */
export const FRONTMATTER = 'the frontmatter';

function fieldName(path: PropertyKey[]): string {
	if (path.length === 0) return 'file';
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The inside of a schema that only wraps another (optional, default, pipe...); Zod 4's own definitions. */
interface SchemaDef {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	valueType?: z.ZodType;
	options?: z.ZodType[];
	discriminator?: string;
	values?: unknown[];
	in?: z.ZodType;
	getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
	for (;;) {
		const def = defOf(schema);
		if (def.innerType) schema = def.innerType;
		else if (def.type === 'pipe' && def.in) schema = def.in;
		else if (def.type === 'lazy' && def.getter) schema = def.getter();
		else return schema;
	}
}

/** The member of a union the value meant to be: the one its discriminator names, else the first object. */
function chooseMember(schema: z.ZodType, value: unknown): z.ZodType {
	const def = defOf(schema);
	if (def.type !== 'union' || !def.options) return schema;
	const members = def.options.map(unwrap);
	const tag = def.discriminator ? (value as Record<string, unknown> | undefined)?.[def.discriminator] : undefined;
	const named = members.find((m) => {
		const literal = def.discriminator ? defOf(m).shape?.[def.discriminator] : undefined;
		return literal !== undefined && (defOf(unwrap(literal)).values ?? []).includes(tag);
	});
	return named ?? members.find((m) => defOf(m).type === 'object') ?? schema;
}

/** The field names a schema allows for the object at `path` of the input. */
export function knownKeys(schema: z.ZodType, path: PropertyKey[], input: unknown): string[] {
	let current = schema;
	let value = input;
	for (const key of path) {
		current = chooseMember(unwrap(current), value);
		const def = defOf(current);
		const next = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
		if (!next) return [];
		current = next;
		value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	}
	const def = defOf(chooseMember(unwrap(current), value));
	return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Edit distance, ignoring case: "quizz" is one from "quiz", "siteURL" none from "siteUrl". */
function distance(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	let row = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const next = [i];
		for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
		row = next;
	}
	return row[y.length]!;
}

/** The known field closest to a misspelt one, when it is close enough to be what the author meant. */
export function closestKey(key: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const d = distance(key, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function describe(issue: Issue, input: unknown, place: DataPlace): { problem: string; fix: string } {
	const name = fieldName(issue.path);
	const where = place.where ?? place.file;
	const docs = place.docs ? ` (see ${place.docs} for what it holds)` : '';
	let value: unknown = input;
	for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) {
				return { problem: 'is missing.', fix: `add "${name}:" to ${where}${docs}.` };
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
			if (issue.format === 'url') {
				return { problem: `${JSON.stringify(value)} is not a full web address.`, fix: 'write it with "https://" at the start, such as "https://skills.your-library.org/".' };
			}
			return { problem: `${JSON.stringify(value)} is not valid: ${issue.message}.`, fix: `correct the value of "${name}".` };
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

/** An unknown field, and the known field it most likely meant. */
interface UnknownKey {
	path: PropertyKey[];
	key: string;
	meant?: string;
	known: string[];
}

function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>, schema: z.ZodType, input: unknown): UnknownKey[] {
	const known = knownKeys(schema, issue.path, input);
	return issue.keys.map((key) => ({ path: issue.path, key, meant: closestKey(key, known), known }));
}

const samePath = (a: PropertyKey[], b: PropertyKey[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * Turns a schema's issues into problems an author can act on. A misspelt field is one problem,
 * "did you mean ...?", not two (the misspelt one unknown, the right one missing).
 */
function problemsFromIssues(schema: z.ZodType, issues: Issue[], input: unknown, place: DataPlace): ContentProblem[] {
	const unknown = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(issue, schema, input) : []));
	const meantAndMissing = (issue: Issue) => issue.code === 'invalid_type' && unknown.some((u) => u.meant !== undefined && samePath([...u.path, u.meant], issue.path));
	return issues.flatMap((issue): ContentProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			return unknown
				.filter((u) => u.path === issue.path)
				.map((u) => ({
					file: place.file,
					field: withQuestionId([...u.path, u.key], input),
					problem: 'is not a known field.',
					fix: u.meant
						? `did you mean "${u.meant}"? Correct the spelling, or remove the field.`
						: `remove it, or use one of the known fields${u.known.length ? `: ${u.known.join(', ')}` : ''}.`,
				}));
		}
		if (meantAndMissing(issue)) return [];
		const field = issue.path.length ? withQuestionId(issue.path, input) : place.where === FRONTMATTER ? 'frontmatter' : 'file';
		return [{ file: place.file, field, ...describe(issue, input, place) }];
	});
}

/** Checks input against a schema: the parsed data, or the problems, each naming the file and the field. Never throws. */
export function checkWithSchema<S extends z.ZodType>(schema: S, input: unknown, place: DataPlace): { data?: z.output<S>; problems: ContentProblem[] } {
	const result = schema.safeParse(input);
	if (result.success) return { data: result.data, problems: [] };
	return { problems: problemsFromIssues(schema, result.error.issues, input, place) };
}

/** Parses input with a schema, or throws a ContentError naming the file and each field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, place: DataPlace): z.output<S> {
	const { data, problems } = checkWithSchema(schema, input, place);
	if (problems.length > 0) throw new ContentError(problems);
	return data as z.output<S>;
}
