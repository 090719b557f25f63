import type { Locale } from '../i18n/locales';
import { practiceUses } from '../content-layer/practice-uses';
import { getCourse, getLessons, lessonTree, moduleLocale } from './course-data';

/**
 * getStaticPaths of the page types, for a language: the English route files (src/pages/) and the
 * French ones (src/pages/fr/, thin files rendering the same page) call these with their locale.
 * In another language than English, pages exist for the modules that have lessons in it.
 */

/** The modules with pages in `locale`. */
function modulesIn(locale: Locale) {
	return getCourse(locale).modules.filter((m) => moduleLocale(m.id, locale) === locale);
}

export async function lessonPagePaths(locale: Locale) {
	return (await getLessons(locale)).map((lesson) => ({ params: { module: lesson.nav.module, lesson: lesson.nav.slug }, props: { lesson } }));
}

export async function quizPagePaths(locale: Locale) {
	return (await getLessons(locale)).filter((lesson) => lesson.data.quiz).map((lesson) => ({ params: { module: lesson.nav.module, lesson: lesson.nav.slug }, props: { lesson } }));
}

export async function practicePagePaths(locale: Locale) {
	return (await getLessons(locale)).flatMap((lesson) => {
		const tree = lessonTree(lesson.data.id, locale);
		return (tree ? practiceUses(tree) : []).map((use) => ({ params: { module: lesson.nav.module, lesson: lesson.nav.slug, practice: use.data }, props: { lesson, use } }));
	});
}

export function modulePagePaths(locale: Locale) {
	return modulesIn(locale).map((module) => ({ params: { module: module.id }, props: { module } }));
}

export function audiencePagePaths(locale: Locale) {
	return getCourse(locale).audiences.map((audience) => ({ params: { audience: audience.id }, props: { audience } }));
}

/** A module with no lessons yet has nothing to certify. */
export async function certificatePagePaths(locale: Locale) {
	const lessons = await getLessons(locale);
	return modulesIn(locale)
		.filter((m) => lessons.some((l) => l.nav.module === m.id))
		.map((module) => ({ params: { module: module.id }, props: { module } }));
}

/** A guide for every module, even one whose lessons are still being written (in English). */
export async function guidePagePaths(locale: Locale) {
	const lessons = await getLessons(locale);
	return modulesIn(locale).map((module) => ({ params: { module: module.id }, props: { module, lessons: lessons.filter((l) => l.nav.module === module.id) } }));
}
