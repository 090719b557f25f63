import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './problem';
import { readOnce } from './content-files';

/** A lesson file as read from disk, before its frontmatter is validated. */
export interface LessonSource {
	/** Path relative to the project root, for messages. */
	file: string;
	/** Folder the file sits in, which must be its module's id. */
	folder: string;
	/** Address part taken from the file name: `01-strong-passwords.mdx` gives `strong-passwords`. */
	slug: string;
	/** Parsed frontmatter, not yet validated. */
	frontmatter: unknown;
	/** The MDX body as a syntax tree. */
	tree: MdastNode;
}

export function slugFromFileName(name: string): string {
	return name.replace(/\.mdx$/, '').replace(/^\d+-/, '');
}

/** The content folder relative to the project; CONTENT_ROOT lets the benchmark and tests build another set of lessons. */
export const contentFolder = (): string => process.env.CONTENT_ROOT || 'content';

/** Where content lives. */
export function contentRoot(projectRoot: string = process.cwd()): string {
	return join(projectRoot, contentFolder());
}

/** Reads and parses a YAML file, once while it is unchanged (see content-files.ts). */
export function readYamlFile(path: string, projectRoot: string): { data: unknown; problem?: ContentProblem } {
	const file = relative(projectRoot, path);
	const read = readOnce('yaml', path, (): { data?: unknown; missing?: true; error?: string } => {
		if (!existsSync(path)) return { missing: true };
		try {
			return { data: parseYaml(readFileSync(path, 'utf8')) };
		} catch (error) {
			return { error: (error as Error).message.split('\n')[0] };
		}
	});
	if (read.missing) return { data: undefined, problem: { file, field: 'file', problem: 'does not exist.', fix: `create ${file}.` } };
	if (read.error !== undefined) return { data: undefined, problem: { file, field: 'YAML', problem: `cannot be read: ${read.error}`, fix: 'check indentation and quotes.' } };
	return { data: read.data };
}

/**
 * The YAML parser's message without its own position (counted from the start of the frontmatter,
 * and ending in ":" before a code excerpt we do not show), then the line and column in the file.
 */
function yamlMessage(error: unknown, firstLine: number): string {
	const message = (error as Error).message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/, '').replace(/:\s*$/, '');
	const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
	return at ? `${message} (line ${at.line + firstLine - 1}, column ${at.col}).` : `${message}.`;
}

export function parseLessonSource(file: string, source: string): { lesson?: LessonSource; problem?: ContentProblem } {
	let tree: MdastNode;
	try {
		tree = mdxToMdast(source);
	} catch (error) {
		const message = (error as Error).message.split('\n')[0];
		return { problem: { file, field: 'MDX', problem: `cannot be read: ${message}`, fix: 'check that every <Component> is closed and every { has its }.' } };
	}
	const yamlNode = (tree as { children?: MdastNode[] }).children?.find((n) => n.type === 'yaml') as { value: string; position?: { start: { line: number } } } | undefined;
	if (!yamlNode) {
		return { problem: { file, field: 'frontmatter', problem: 'is missing.', fix: 'start the file with a --- block (see docs/authoring.md).' } };
	}
	let frontmatter: unknown;
	try {
		frontmatter = parseYaml(yamlNode.value);
	} catch (error) {
		// The frontmatter's first line is the line after the opening --- of the file.
		return { problem: { file, field: 'frontmatter', problem: `is not valid YAML: ${yamlMessage(error, (yamlNode.position?.start.line ?? 1) + 1)}`, fix: 'check indentation and quotes.' } };
	}
	const parts = file.split(/[\\/]/);
	const name = parts[parts.length - 1]!;
	return { lesson: { file, folder: parts[parts.length - 2] ?? '', slug: slugFromFileName(name), frontmatter, tree } };
}

/** Reads every lesson file under <content>/lessons/<module>/. */
export function readLessonSources(root: string, projectRoot: string): { lessons: LessonSource[]; problems: ContentProblem[]; rejected: { folder: string; slug: string }[] } {
	const lessons: LessonSource[] = [];
	const problems: ContentProblem[] = [];
	const rejected: { folder: string; slug: string }[] = [];
	const lessonsDir = join(root, 'lessons');
	if (!existsSync(lessonsDir)) return { lessons, problems, rejected };
	for (const folder of readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
		for (const name of readdirSync(join(lessonsDir, folder)).filter((n) => n.endsWith('.mdx')).sort()) {
			const path = join(lessonsDir, folder, name);
			// Parsed once while the file is unchanged: the build's content check and its pages share this tree.
			const result = readOnce('lesson', path, () => parseLessonSource(relative(projectRoot, path), readFileSync(path, 'utf8')));
			if (result.lesson) lessons.push(result.lesson);
			if (result.problem) problems.push(result.problem);
			if (!result.lesson) rejected.push({ folder, slug: slugFromFileName(name) });
		}
	}
	return { lessons, problems, rejected };
}
