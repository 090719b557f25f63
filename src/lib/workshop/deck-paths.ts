import { getCourse, getLessons, type LessonEntry } from '../course-data';
import type { Locale } from '../../i18n/locales';
import type { CourseModule } from '../../schemas/course';

export interface ModuleWithLessons {
	module: CourseModule;
	lessons: LessonEntry[];
}

/** Every module that has lessons, with its lessons in order: the workshop pages exist for these. */
export async function modulesWithLessons(locale: Locale = 'en'): Promise<ModuleWithLessons[]> {
	const lessons = await getLessons(locale);
	return getCourse(locale)
		.modules.map((module) => ({ module, lessons: lessons.filter((l) => l.nav.module === module.id) }))
		.filter((m) => m.lessons.length > 0);
}

/** getStaticPaths for pages per module: /present/<module>/, /handouts/<module>/ ... */
export async function modulePaths(locale: Locale = 'en') {
	return (await modulesWithLessons(locale)).map(({ module, lessons }) => ({ params: { module: module.id }, props: { module, lessons } }));
}

/** getStaticPaths for pages per lesson: /present/<module>/<lesson>/ ... */
export async function lessonPaths(locale: Locale = 'en') {
	return (await modulesWithLessons(locale)).flatMap(({ module, lessons }) =>
		lessons.map((lesson) => ({ params: { module: module.id, lesson: lesson.nav.slug }, props: { module, lessons, lesson } })),
	);
}
