import { getCourse, getLessons, moduleLocale } from '../course-data';
import { lessonsOfModule } from '../course-nav';
import { href } from '../url';
import { routesIn } from '../routes';
import type { Locale } from '../../i18n/locales';
import type { CourseOutline } from './course-outline';

/**
 * Build time only: the outline pages embed for their progress views (see course-outline.ts). In
 * another language, a module with lessons in it links there with their titles; the others link
 * to their English pages (progress is kept by lesson id, so it is the same in every language).
 */
export async function courseOutline(locale: Locale = 'en'): Promise<CourseOutline> {
	const course = getCourse(locale);
	const routes = routesIn(locale);
	const lessonsIn = { en: (await getLessons('en')).map((l) => l.nav), [locale]: (await getLessons(locale)).map((l) => l.nav) };
	return {
		title: course.title,
		certificate: href(routes.certificate()),
		modules: course.modules.map((m) => {
			const read = moduleLocale(m.id, locale);
			const at = routesIn(read);
			return {
				id: m.id,
				title: m.title,
				url: href(at.module(m.id)),
				certificate: href(at.certificate(m.id)),
				lessons: lessonsOfModule(m.id, lessonsIn[read]!).map((l) => ({ id: l.id, title: l.title, url: href(at.lesson(l.module, l.slug)) })),
			};
		}),
	};
}
