import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { inboxSchema } from '../schemas/practice-inbox';
import { browserSchema } from '../schemas/practice-browser';
import { formSchema } from '../schemas/practice-form';
import { mouseSchema } from '../schemas/practice-mouse';
import { keysSchema } from '../schemas/practice-keys';
import { ContentError, type ContentProblem } from './problem';
import { checkWithSchema } from './friendly-errors';
import { contentRoot, readYamlFile } from './read-content';

/** Each practice component and the schema of the data file it names with `data="..."`. */
export const practiceSchemas = {
	PracticeInbox: inboxSchema,
	PracticeBrowser: browserSchema,
	PracticeForm: formSchema,
	PracticeMouse: mouseSchema,
	PracticeKeys: keysSchema,
} as const;

export type PracticeComponent = keyof typeof practiceSchemas;
export type PracticeDataOf<C extends PracticeComponent> = z.output<(typeof practiceSchemas)[C]>;

export const isPracticeComponent = (name: string): name is PracticeComponent => Object.hasOwn(practiceSchemas, name);

/** Where each component's data format is explained, for the "Fix:" lines. */
export const practiceDocs: Record<PracticeComponent, string> = {
	PracticeInbox: 'src/islands/practice-inbox/README.md',
	PracticeBrowser: 'src/islands/practice-browser/README.md',
	PracticeForm: 'src/islands/practice-form/README.md',
	PracticeMouse: 'src/islands/practice-mouse/README.md',
	PracticeKeys: 'src/islands/practice-keys/README.md',
};

/** A practice data file as read from disk, before it is validated. */
export interface PracticeFile {
	/** Path relative to the project root, for messages: `content/practice/spot-the-scam.yaml`. */
	file: string;
	/** false when no file has that name. */
	exists: boolean;
	/** The parsed YAML, when it could be read. */
	data?: unknown;
	/** Why the YAML could not be read. */
	yamlError?: string;
}

/** Reads practice data files by name; the content check takes one so tests can pass a fake. */
export interface PracticeReader {
	read(name: string): PracticeFile;
	/** Names of every data file, without ".yaml", for suggestions. */
	names(): string[];
}

/**
 * Reads <content>/practice/<name>.yaml from disk; for another language, <content>/<locale>/practice/<name>.yaml
 * when that file exists (a simulation not yet adapted shows the English one).
 */
export function practiceReader(projectRoot: string = process.cwd(), locale: string = 'en'): PracticeReader {
	const english = join(contentRoot(projectRoot), 'practice');
	if (locale !== 'en') {
		const inLocale = practiceFolderReader(join(contentRoot(projectRoot), locale, 'practice'), projectRoot);
		const fallback = practiceFolderReader(english, projectRoot);
		return { read: (name) => (inLocale.read(name).exists ? inLocale.read(name) : fallback.read(name)), names: fallback.names };
	}
	return practiceFolderReader(english, projectRoot);
}

/** Reads <dir>/<name>.yaml. */
export function practiceFolderReader(dir: string, projectRoot: string): PracticeReader {
	return {
		read(name) {
			const path = join(dir, `${name}.yaml`);
			const file = relative(projectRoot, path);
			if (!existsSync(path)) return { file, exists: false };
			const { data, problem } = readYamlFile(path, projectRoot);
			return problem ? { file, exists: true, yamlError: problem.problem } : { file, exists: true, data };
		},
		names() {
			if (!existsSync(dir)) return [];
			return readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
		},
	};
}

/**
 * Validates a read data file against the component's schema. Problems name the data file and
 * the field; the lesson check then says which lesson and line use it.
 */
export function validatePracticeFile<C extends PracticeComponent>(component: C, read: PracticeFile): { data?: PracticeDataOf<C>; problems: ContentProblem[] } {
	const result = checkWithSchema(practiceSchemas[component], read.data, { file: read.file, docs: practiceDocs[component] });
	if (result.data) return { data: result.data as PracticeDataOf<C>, problems: [] };
	// Only a probe: does the file suit another component? Its problems are not reported.
	const other = (Object.keys(practiceSchemas) as PracticeComponent[]).find((c) => c !== component && practiceSchemas[c].safeParse(read.data).success);
	if (other) {
		return { problems: [{ file: read.file, field: 'file', problem: `holds data for <${other}>, not for <${component}>.`, fix: `use <${other} data="..." /> with this file, or name a file made for <${component}>.` }] };
	}
	return { problems: result.problems };
}

/**
 * Validated data by the parsed file it came from: a data file is read once (read-content.ts keeps
 * it while unchanged) and validated once per component; an edited file is a new object, so
 * `npm run dev` never shows stale data.
 */
const validated = new WeakMap<object, Map<PracticeComponent, unknown>>();

/**
 * The validated data a practice component renders. The content check has already failed the
 * build on bad data; this throws the same friendly error if a page is rendered anyway.
 */
export function loadPracticeData<C extends PracticeComponent>(component: C, name: string, reader: PracticeReader = practiceReader()): PracticeDataOf<C> {
	const read = reader.read(name);
	if (!read.exists) throw new ContentError([{ file: read.file, field: 'file', problem: 'does not exist.', fix: `create it, or use one of: ${reader.names().join(', ')}.` }]);
	if (read.yamlError) throw new ContentError([{ file: read.file, field: 'YAML', problem: read.yamlError, fix: 'check indentation and quotes.' }]);
	const byComponent = typeof read.data === 'object' && read.data !== null ? (validated.get(read.data) ?? new Map<PracticeComponent, unknown>()) : undefined;
	if (byComponent?.has(component)) return byComponent.get(component) as PracticeDataOf<C>;
	const { data, problems } = validatePracticeFile(component, read);
	if (!data) throw new ContentError(problems);
	if (byComponent) validated.set(read.data as object, byComponent.set(component, data));
	return data;
}
