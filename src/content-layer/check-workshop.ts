import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guideSchema, type Guide } from '../schemas/guide';
import type { Course } from '../schemas/course';
import { checkWithSchema } from './friendly-errors';
import type { ContentProblem } from './problem';
import { readYamlFile } from './read-content';

/** Lesson address parts the workshop pages use for themselves (/present/<module>/notes/ ...). */
export const RESERVED_LESSON_SLUGS = ['notes'] as const;

/** Facilitator guides by module id, with the problems found in them. */
export interface GuideCheck {
	guides: Record<string, Guide>;
	problems: ContentProblem[];
}

/** Reads and validates content/guides/<module>.yaml. A module without a guide file is allowed. */
export function checkGuides(root: string, projectRoot: string, course: Course): GuideCheck {
	const guides: Record<string, Guide> = {};
	const problems: ContentProblem[] = [];
	const dir = join(root, 'guides');
	if (!existsSync(dir)) return { guides, problems };
	const moduleIds = course.modules.map((m) => m.id);
	for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
		const path = join(dir, name);
		const file = relative(projectRoot, path);
		const moduleId = name.replace(/\.ya?ml$/, '');
		if (!moduleIds.includes(moduleId)) {
			problems.push({ file, field: 'file name', problem: `"${moduleId}" is not a module of the course.`, fix: `name the file after a module id: ${moduleIds.map((id) => `${id}.yaml`).join(', ')}.` });
			continue;
		}
		const read = readYamlFile(path, projectRoot);
		if (read.problem) {
			problems.push(read.problem);
			continue;
		}
		const result = checkWithSchema(guideSchema, read.data ?? {}, { file, docs: 'docs/workshop.md' });
		if (result.data) guides[moduleId] = result.data;
		else problems.push(...result.problems);
	}
	return { guides, problems };
}

/** Lessons whose file name would give an address the workshop pages already use. */
export function checkReservedSlugs(lessons: { file: string; slug: string }[]): ContentProblem[] {
	return lessons
		.filter((l) => (RESERVED_LESSON_SLUGS as readonly string[]).includes(l.slug))
		.map((l) => ({
			file: l.file,
			field: 'file name',
			problem: `gives the lesson the address part "${l.slug}", which the workshop pages use.`,
			fix: `rename the file, for example to "NN-${l.slug}-lesson.mdx" (the lesson id stays the same).`,
		}));
}
