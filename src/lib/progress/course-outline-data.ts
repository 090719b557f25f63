import { getCourse, getLessons } from '../course-data';
import { lessonsOfModule } from '../course-nav';
import { href } from '../url';
import { routes } from '../routes';
import type { CourseOutline } from './course-outline';

/** Build time only: the outline pages embed for their progress views (see course-outline.ts). */
export async function courseOutline(): Promise<CourseOutline> {
	const course = getCourse();
	const lessons = (await getLessons()).map((l) => l.nav);
	return {
		title: course.title,
		certificate: href(routes.certificate()),
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			url: href(routes.module(m.id)),
			certificate: href(routes.certificate(m.id)),
			lessons: lessonsOfModule(m.id, lessons).map((l) => ({ id: l.id, title: l.title, url: href(routes.lesson(l.module, l.slug)) })),
		})),
	};
}
