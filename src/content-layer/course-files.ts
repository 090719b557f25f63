import { join, relative } from 'node:path';
import { courseSchema, type Course } from '../schemas/course';
import { coverageSchema, type Coverage } from '../schemas/coverage';
import { readOnce } from './content-files';
import { checkWithSchema } from './friendly-errors';
import type { ContentProblem } from './problem';
import { contentRoot, readYamlFile } from './read-content';

/**
 * content/course.yaml, read and validated once (while unchanged) through the friendly-error
 * helper. astro.config (site address), the content check, the pages and the packagers all read
 * the course here, so a fix or a rule applies to every one of them.
 */
export function loadCourseFile(projectRoot: string = process.cwd()): { course?: Course; problems: ContentProblem[] } {
	const { data, problems } = loadValidated('course', join(contentRoot(projectRoot), 'course.yaml'), projectRoot, (d, file) => checkWithSchema(courseSchema, d, { file, docs: 'docs/authoring.md' }));
	return { course: data, problems };
}

/** content/coverage.yaml, read and validated once (while unchanged). */
export function loadCoverageFile(projectRoot: string = process.cwd()): { coverage?: Coverage; problems: ContentProblem[] } {
	const { data, problems } = loadValidated('coverage', join(contentRoot(projectRoot), 'coverage.yaml'), projectRoot, (d, file) => checkWithSchema(coverageSchema, d, { file, docs: 'docs/authoring.md' }));
	return { coverage: data, problems };
}

function loadValidated<T>(kind: string, path: string, projectRoot: string, validate: (data: unknown, file: string) => { data?: T; problems: ContentProblem[] }): { data?: T; problems: ContentProblem[] } {
	return readOnce(kind, path, (): { data?: T; problems: ContentProblem[] } => {
		const read = readYamlFile(path, projectRoot);
		if (read.problem) return { problems: [read.problem] };
		return validate(read.data, relative(projectRoot, path));
	});
}
