import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Course } from '../schemas/course';
import type { Guide } from '../schemas/guide';
import { adaptedLessonSchema, courseTextSchema, type CourseText } from '../schemas/locale-content';
import { lessonComponentNames } from '../lesson-components/names';
import { localePath } from '../lib/url';
import { checkContent, lessonPath, type CheckedLesson } from './check-content';
import { checkGuides } from './check-workshop';
import { checkWithSchema } from './friendly-errors';
import { practiceFolderReader, practiceReader } from './practice-data';
import type { ContentProblem } from './problem';
import { readLessonSources, readYamlFile } from './read-content';
import { typesetFrench } from '../i18n/french-typography';

/** A language's typography for text that does not pass through Markdown (French: no-break spaces before : ; ! ?). */
const typesetters: Record<string, <T>(value: T) => T> = { fr: typesetFrench };

/** Another language's content (content/<locale>/), every part optional, checked against English. */
export interface LocaleContent {
	locale: string;
	/** content/<locale>/course.yaml, when present and valid. */
	courseText?: CourseText;
	/** Adapted lessons whose frontmatter passed and match their English lesson. */
	lessons: CheckedLesson[];
	/** Facilitator guides by module id (content/<locale>/guides/<module>.yaml). */
	guides: Record<string, Guide>;
	problems: ContentProblem[];
}

interface English {
	course: Course;
	coverageIds: Set<string>;
	lessons: CheckedLesson[];
	staticPages: string[];
}

/**
 * Reads and checks content/<locale>/ with the English schemas: an adapted lesson is a lesson plus
 * `sourceRevision`, and must keep its English lesson's file name, id, module, order and covers (the
 * learner's progress is kept by id, in every language); a guide, practice file or course entry
 * must name something English has. Never throws; a missing folder or file is no problem.
 */
export function loadLocaleContent(locale: string, root: string, projectRoot: string, english: English): LocaleContent {
	const dir = join(root, locale);
	const problems: ContentProblem[] = [];
	if (!existsSync(dir)) return { locale, lessons: [], guides: {}, problems };

	const courseText = readCourseText(join(dir, 'course.yaml'), projectRoot, english.course, problems);

	const sources = readLessonSources(dir, projectRoot);
	problems.push(...sources.problems);
	const englishByFile = new Map(english.lessons.map((l) => [`${l.folder}/${l.slug}`, l]));
	const pages = [...english.staticPages, ...english.lessons.map((l) => lessonPath(l.data.module, l.slug))];
	const checked = checkContent(sources.lessons, {
		course: english.course,
		coverageIds: english.coverageIds,
		componentNames: new Set(lessonComponentNames),
		// An adapted lesson may link to an English page or to its counterpart under /<locale>/.
		staticPages: [...pages, ...pages.map((p) => localePath(p, locale)), ...english.course.modules.map((m) => localePath(`/${m.id}/`, locale))],
		rejectedLessonPaths: sources.rejected.map((r) => lessonPath(r.folder, r.slug)),
		publicFileExists: (path) => existsSync(join(projectRoot, 'public', decodeURI(path))),
		practice: practiceReader(projectRoot, locale),
		lessonSchema: adaptedLessonSchema,
	});
	problems.push(...checked.problems);
	const lessons: CheckedLesson[] = [];
	for (const lesson of checked.lessons) {
		const mismatch = matchEnglish(lesson, englishByFile.get(`${lesson.folder}/${lesson.slug}`), locale);
		problems.push(...mismatch);
		if (mismatch.length === 0) lessons.push(lesson);
	}

	const guides = checkGuides(dir, projectRoot, english.course);
	problems.push(...guides.problems);
	problems.push(...checkPracticeNames(join(dir, 'practice'), join(root, 'practice'), projectRoot));
	const typeset = typesetters[locale] ?? (<T>(value: T) => value);
	return {
		locale,
		courseText: typeset(courseText),
		lessons: lessons.map((lesson) => ({ ...lesson, data: typeset(lesson.data) })),
		guides: typeset(guides.guides),
		problems,
	};
}

function readCourseText(path: string, projectRoot: string, course: Course, problems: ContentProblem[]): CourseText | undefined {
	if (!existsSync(path)) return undefined;
	const file = relative(projectRoot, path);
	const read = readYamlFile(path, projectRoot);
	if (read.problem) return void problems.push(read.problem);
	const result = checkWithSchema(courseTextSchema, read.data ?? {}, { file, docs: 'docs/authoring.md' });
	if (!result.data) return void problems.push(...result.problems);
	const unknown = (kind: 'audiences' | 'modules', known: string[]) =>
		(result.data![kind] ?? []).forEach((entry, i) => {
			if (!known.includes(entry.id)) problems.push({ file, field: `${kind}[${i}].id`, problem: `"${entry.id}" is not one of the ${kind} of content/course.yaml.`, fix: `use one of: ${known.join(', ')}.` });
		});
	unknown('audiences', course.audiences.map((a) => a.id));
	unknown('modules', course.modules.map((m) => m.id));
	return result.data;
}

/** An adapted lesson keeps its English lesson's place and skills: progress and coverage are shared. */
function matchEnglish(lesson: CheckedLesson, source: CheckedLesson | undefined, locale: string): ContentProblem[] {
	const { file } = lesson;
	if (!source) {
		return [{ file, field: 'file name', problem: `has no English lesson of the same name in content/lessons/${lesson.folder}/.`, fix: `name the ${locale} file exactly as the English lesson it adapts.` }];
	}
	const problems: ContentProblem[] = [];
	for (const key of ['id', 'module', 'order'] as const) {
		if (lesson.data[key] !== source.data[key]) problems.push({ file, field: key, problem: `is ${JSON.stringify(lesson.data[key])} but the English lesson (${source.file}) has ${JSON.stringify(source.data[key])}.`, fix: `use ${JSON.stringify(source.data[key])}, as in English.` });
	}
	if ([...lesson.data.covers].sort().join() !== [...source.data.covers].sort().join()) {
		problems.push({ file, field: 'covers', problem: `is [${lesson.data.covers.join(', ')}] but the English lesson has [${source.data.covers.join(', ')}].`, fix: 'cover the same skills as the English lesson.' });
	}
	return problems;
}

/** A practice file of another language adapts an English one: same name. */
function checkPracticeNames(dir: string, englishDir: string, projectRoot: string): ContentProblem[] {
	const english = practiceFolderReader(englishDir, projectRoot).names();
	return practiceFolderReader(dir, projectRoot)
		.names()
		.filter((name) => !english.includes(name))
		.map((name) => ({ file: relative(projectRoot, join(dir, `${name}.yaml`)), field: 'file name', problem: `has no English practice file of the same name in content/practice/.`, fix: `use one of: ${english.join(', ')}.` }));
}
