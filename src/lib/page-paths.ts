import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { getCourse, getLessons, lessonDigest, moduleLocale } from './course-data';

/**
 * getStaticPaths of the page types, for a language: the English route files (src/pages/) and the
 * other languages' ones (src/pages/[locale]/, thin files rendering the same page) call these with their locale.
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
		return (lessonDigest(lesson.data.id, locale)?.practice ?? []).map((use) => ({ params: { module: lesson.nav.module, lesson: lesson.nav.slug, practice: use.data }, props: { lesson, use } }));
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

/**
 * getStaticPaths of a page under src/pages/[locale]/: the page's paths in every language but the
 * default one (English, at the root), each with its `locale` param. A new language needs no route file.
 */
export async function inOtherLocales<P extends { params: Record<string, string | undefined>; props?: object }>(paths: (locale: Locale) => P[] | Promise<P[]>) {
	const all = await Promise.all(locales.filter((l) => l !== defaultLocale).map(async (locale) => (await paths(locale)).map((p) => ({ ...p, params: { ...p.params, locale } }))));
	return all.flat();
}

/** The one path of a page that has no params of its own (home, about, search ...). */
export const singlePage = () => [{ params: {} }];
