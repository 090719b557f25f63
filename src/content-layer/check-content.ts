import type { MdastNode } from 'satteri';
import type { z } from 'astro/zod';
import { lessonSchema, type LessonData } from '../schemas/lesson';
import type { Course } from '../schemas/course';
import { checkQuiz } from './check-quiz';
import { checkWithSchema, FRONTMATTER } from './friendly-errors';
import type { ContentProblem } from './problem';
import type { LessonSource } from './read-content';
import { normalisePath } from '../lib/url';
import { checkPracticeComponent } from './check-practice';
import { practiceReader, type PracticeReader } from './practice-data';

/** A lesson whose frontmatter passed its schema. */
export interface CheckedLesson extends LessonSource {
	data: LessonData;
}

export interface CheckContext {
	course: Course;
	/** Every coverage ID the course knows. */
	coverageIds: Set<string>;
	/** Names of the components authors may use (from the lesson-components barrel). */
	componentNames: Set<string>;
	/** Site paths of pages that are not lessons or modules, such as `/glossary/`. */
	staticPages: string[];
	/** Site paths of lesson files that could not even be parsed (already reported). */
	rejectedLessonPaths?: string[];
	/** Whether a file exists under public/, given its site path such as `/images/a.svg`. */
	publicFileExists: (path: string) => boolean;
	/** Reads the data files of practice components (content/practice/); defaults to the disk. */
	practice?: PracticeReader;
	/** The frontmatter schema: the lesson schema, or for another language's lessons the adapted one. */
	lessonSchema?: z.ZodType<LessonData, unknown>;
}

type JsxNode = MdastNode & { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
	visit(node);
	for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, visit);
}

function lineOf(node: MdastNode): string {
	const line = (node as { position?: { start?: { line?: number } } }).position?.start?.line;
	return line ? `line ${line}` : 'body';
}

function attribute(node: JsxNode, name: string): unknown {
	return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

export function lessonPath(moduleId: string, slug: string): string {
	return `/${moduleId}/${slug}/`;
}

/** Checks the body of one lesson: links, pictures and components. */
export function checkLessonBody(lesson: LessonSource, pages: Set<string>, ctx: CheckContext): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { file } = lesson;
	const checkTarget = (url: string, node: MdastNode, what: string) => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return;
		if (!url.startsWith('/')) {
			problems.push({ file, field: lineOf(node), problem: `the ${what} "${url}" is a relative address.`, fix: 'start it with "/", as in "/staying-safe/strong-passwords/".' });
			return;
		}
		const path = url.split(/[?#]/)[0]!;
		const ok = /\.[a-z0-9]+$/i.test(path) ? ctx.publicFileExists(path) : pages.has(normalisePath(path));
		if (!ok) {
			problems.push({ file, field: lineOf(node), problem: `the ${what} "${url}" points to nothing in the course.`, fix: 'check the address: lessons are at /<module>/<name>/, pictures under /images/.' });
		}
	};
	walk(lesson.tree, (node) => {
		if (node.type === 'link') checkTarget((node as { url: string }).url, node, 'link');
		if (node.type === 'image') {
			const image = node as { url: string; alt?: string | null };
			if (!image.alt?.trim()) {
				problems.push({ file, field: lineOf(node), problem: `the picture "${image.url}" has no alt text.`, fix: 'use <Figure src="..." alt="what matters in the picture" caption="..." />.' });
			}
			checkTarget(image.url, node, 'picture');
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const jsx = node as JsxNode;
			const name = jsx.name ?? '';
			if (/^[A-Z]/.test(name) && !ctx.componentNames.has(name)) {
				problems.push({ file, field: `<${name}> (${lineOf(node)})`, problem: 'is not a component lessons can use.', fix: `use one of: ${[...ctx.componentNames].sort().join(', ')}.` });
			}
			problems.push(...checkPracticeComponent(file, node, lineOf(node), ctx.practice ?? practiceReader()));
			if (name === 'Figure' || name === 'img') {
				const alt = attribute(jsx, 'alt');
				if (typeof alt !== 'string' || !alt.trim()) {
					problems.push({ file, field: `<${name}> (${lineOf(node)})`, problem: 'has no alt text.', fix: 'add alt="..." saying what matters in the picture.' });
				}
				const src = attribute(jsx, 'src');
				if (typeof src === 'string') checkTarget(src, node, 'picture');
			}
			if (name === 'a') {
				const href = attribute(jsx, 'href');
				if (typeof href === 'string') checkTarget(href, node, 'link');
			}
		}
	});
	return problems;
}

/** Validates every lesson and the course as a whole. Returns the lessons that passed. */
export function checkContent(sources: LessonSource[], ctx: CheckContext): { lessons: CheckedLesson[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const lessons: CheckedLesson[] = [];
	const moduleIds = new Set(ctx.course.modules.map((m) => m.id));

	for (const source of sources) {
		const result = checkWithSchema(ctx.lessonSchema ?? lessonSchema, source.frontmatter, { file: source.file, where: FRONTMATTER, docs: 'docs/authoring.md' });
		if (!result.data) {
			problems.push(...result.problems);
			continue;
		}
		const data = result.data;
		const before = problems.length;
		if (!moduleIds.has(data.module)) {
			problems.push({ file: source.file, field: 'module', problem: `"${data.module}" is not a module of the course.`, fix: `use one of: ${[...moduleIds].join(', ')} (modules are listed in content/course.yaml).` });
		} else if (data.module !== source.folder) {
			problems.push({ file: source.file, field: 'module', problem: `is "${data.module}" but the file is in the folder "${source.folder}".`, fix: `move the file to content/lessons/${data.module}/ or correct "module".` });
		}
		for (const id of data.covers) {
			if (!ctx.coverageIds.has(id)) {
				problems.push({ file: source.file, field: 'covers', problem: `"${id}" is not a coverage ID.`, fix: 'use IDs listed in content/coverage.yaml, such as "SAFE-1".' });
			}
		}
		if (data.quiz) problems.push(...checkQuiz(source.file, data.quiz, ctx.coverageIds));
		if (problems.length === before) lessons.push({ ...source, data });
	}

	const byId = new Map<string, CheckedLesson>();
	const byOrder = new Map<string, CheckedLesson>();
	for (const lesson of lessons) {
		const other = byId.get(lesson.data.id);
		if (other) {
			problems.push({ file: lesson.file, field: 'id', problem: `"${lesson.data.id}" is already the id of ${other.file}.`, fix: 'give each lesson its own id; keep the old one on the lesson learners already know.' });
		} else byId.set(lesson.data.id, lesson);
		const key = `${lesson.data.module}#${lesson.data.order}`;
		const sameOrder = byOrder.get(key);
		if (sameOrder) {
			problems.push({ file: lesson.file, field: 'order', problem: `${lesson.data.order} is also the order of ${sameOrder.file} in module "${lesson.data.module}".`, fix: 'give each lesson of a module its own order number.' });
		} else byOrder.set(key, lesson);
	}

	const pages = new Set<string>([...ctx.staticPages.map(normalisePath), ...ctx.course.modules.map((m) => `/${m.id}/`)]);
	for (const lesson of lessons) pages.add(lessonPath(lesson.data.module, lesson.slug));
	// A lesson rejected above is reported once: links to where it belongs are not a second problem.
	for (const source of sources) pages.add(lessonPath(source.folder, source.slug));
	for (const path of ctx.rejectedLessonPaths ?? []) pages.add(path);
	for (const lesson of lessons) problems.push(...checkLessonBody(lesson, pages, ctx));

	return { lessons, problems };
}
