import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Course } from '../schemas/course';
import type { Coverage } from '../schemas/coverage';
import { lessonComponentNames } from '../lesson-components/names';
import { checkContent, lessonPath, type CheckedLesson } from './check-content';
import { checkGuides, checkReservedSlugs } from './check-workshop';
import type { Guide } from '../schemas/guide';
import { practiceReader } from './practice-data';
import { checkWithSchema, FRONTMATTER } from './friendly-errors';
import { lessonSchema } from '../schemas/lesson';
import type { ContentProblem } from './problem';
import { contentRoot, readLessonSources } from './read-content';
import { loadCourseFile, loadCoverageFile } from './course-files';
import { folderStamp, readOnce } from './content-files';
import { loadLocaleContent, type LocaleContent } from './load-locale';
import { locales, defaultLocale } from '../i18n/locales';

export interface LoadedContent {
	course?: Course;
	coverage?: Coverage;
	lessons: CheckedLesson[];
	/** Facilitator guides (content/guides/<module>.yaml) by module id. */
	guides: Record<string, Guide>;
	/** The other languages' content (content/<locale>/), checked against the English. */
	translations: Record<string, LocaleContent>;
	problems: ContentProblem[];
}

/** Site paths of the fixed pages under src/pages (files without [params]). */
export function findStaticPages(pagesDir: string): string[] {
	const paths: string[] = [];
	const visit = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.includes('[')) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (/\.(astro|md|mdx)$/.test(entry.name) && !entry.name.startsWith('404')) {
				const rel = relative(pagesDir, full).replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '');
				paths.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	if (existsSync(pagesDir)) visit(pagesDir);
	return paths.sort();
}

/**
 * The checked content, made once per process while no file under content/ changes: the build's
 * content check (astro.config) and every page share it, and `npm run dev` remakes it after an edit.
 */
export function loadContentOnce(projectRoot: string = process.cwd()): LoadedContent {
	const root = contentRoot(projectRoot);
	return readOnce('content', root, () => loadContent(projectRoot), folderStamp(root));
}

/** Reads and checks course.yaml, coverage.yaml and every lesson. Never throws for bad content. */
export function loadContent(projectRoot: string = process.cwd()): LoadedContent {
	const root = contentRoot(projectRoot);
	const problems: ContentProblem[] = [];

	const courseFile = loadCourseFile(projectRoot);
	const coverageFile = loadCoverageFile(projectRoot);
	problems.push(...courseFile.problems, ...coverageFile.problems);
	const { course } = courseFile;
	const { coverage } = coverageFile;
	const sources = readLessonSources(root, projectRoot);
	problems.push(...sources.problems);
	if (!course || !coverage) {
		// The lessons cannot be checked against the course yet; their frontmatter can, so the author sees every problem at once.
		for (const lesson of sources.lessons) problems.push(...checkWithSchema(lessonSchema, lesson.frontmatter, { file: lesson.file, where: FRONTMATTER, docs: 'docs/authoring.md' }).problems);
		return { course, coverage, lessons: [], guides: {}, translations: {}, problems };
	}

	const courseFileName = relative(projectRoot, join(root, 'course.yaml'));
	const moduleIds = new Set(course.modules.map((m) => m.id));
	course.audiences.forEach((audience, i) => {
		for (const id of audience.modules) {
			if (!moduleIds.has(id)) {
				problems.push({ file: courseFileName, field: `audiences[${i}].modules`, problem: `"${id}" is not a module of the course.`, fix: `use one of: ${[...moduleIds].join(', ')}.` });
			}
		}
	});

	const coverageIds = new Set(coverage.groups.flatMap((g) => g.skills.map((s) => s.id)));
	const staticPages = [...findStaticPages(join(projectRoot, 'src', 'pages')), ...course.audiences.map((a) => `/start/${a.id}/`)];
	const checked = checkContent(sources.lessons, {
		course,
		coverageIds,
		componentNames: new Set(lessonComponentNames),
		staticPages,
		rejectedLessonPaths: sources.rejected.map((r) => lessonPath(r.folder, r.slug)),
		publicFileExists: (path) => existsSync(join(projectRoot, 'public', decodeURI(path))),
		practice: practiceReader(projectRoot),
	});
	problems.push(...checked.problems);
	const workshop = checkGuides(root, projectRoot, course);
	problems.push(...workshop.problems, ...checkReservedSlugs(sources.lessons));
	const translations: Record<string, LocaleContent> = {};
	for (const locale of locales.filter((l) => l !== defaultLocale)) {
		translations[locale] = loadLocaleContent(locale, root, projectRoot, { course, coverageIds, lessons: checked.lessons, staticPages });
		problems.push(...translations[locale].problems);
	}
	return { course, coverage, lessons: checked.lessons, guides: workshop.guides, translations, problems };
}
