import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './problem';

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

/** Where content lives; CONTENT_ROOT lets the benchmark build another set of lessons. */
export function contentRoot(projectRoot: string = process.cwd()): string {
	return process.env.CONTENT_ROOT ? join(projectRoot, process.env.CONTENT_ROOT) : join(projectRoot, 'content');
}

export function readYamlFile(path: string, projectRoot: string): { data: unknown; problem?: ContentProblem } {
	const file = relative(projectRoot, path);
	if (!existsSync(path)) {
		return { data: undefined, problem: { file, field: 'file', problem: 'does not exist.', fix: `create ${file}.` } };
	}
	try {
		return { data: parseYaml(readFileSync(path, 'utf8')) };
	} catch (error) {
		return {
			data: undefined,
			problem: { file, field: 'YAML', problem: `cannot be read: ${(error as Error).message.split('\n')[0]}`, fix: 'check indentation and quotes.' },
		};
	}
}

export function parseLessonSource(file: string, source: string): { lesson?: LessonSource; problem?: ContentProblem } {
	let tree: MdastNode;
	try {
		tree = mdxToMdast(source);
	} catch (error) {
		const message = (error as Error).message.split('\n')[0];
		return { problem: { file, field: 'MDX', problem: `cannot be read: ${message}`, fix: 'check that every <Component> is closed and every { has its }.' } };
	}
	const yamlNode = (tree as { children?: MdastNode[] }).children?.find((n) => n.type === 'yaml') as { value: string } | undefined;
	if (!yamlNode) {
		return { problem: { file, field: 'frontmatter', problem: 'is missing.', fix: 'start the file with a --- block (see docs/authoring.md).' } };
	}
	let frontmatter: unknown;
	try {
		frontmatter = parseYaml(yamlNode.value);
	} catch (error) {
		return { problem: { file, field: 'frontmatter', problem: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'check indentation and quotes.' } };
	}
	const parts = file.split(/[\\/]/);
	const name = parts[parts.length - 1]!;
	return { lesson: { file, folder: parts[parts.length - 2] ?? '', slug: slugFromFileName(name), frontmatter, tree } };
}

/** Reads every lesson file under <content>/lessons/<module>/. */
export function readLessonSources(root: string, projectRoot: string): { lessons: LessonSource[]; problems: ContentProblem[] } {
	const lessons: LessonSource[] = [];
	const problems: ContentProblem[] = [];
	const lessonsDir = join(root, 'lessons');
	if (!existsSync(lessonsDir)) return { lessons, problems };
	for (const folder of readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
		for (const name of readdirSync(join(lessonsDir, folder)).filter((n) => n.endsWith('.mdx')).sort()) {
			const path = join(lessonsDir, folder, name);
			const result = parseLessonSource(relative(projectRoot, path), readFileSync(path, 'utf8'));
			if (result.lesson) lessons.push(result.lesson);
			if (result.problem) problems.push(result.problem);
		}
	}
	return { lessons, problems };
}
