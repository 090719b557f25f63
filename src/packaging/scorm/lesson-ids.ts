import { parse } from 'node-html-parser';
import { OUTLINE_ELEMENT_ID, allLessons, type CourseOutline } from '../../lib/progress/course-outline';

/**
 * Every lesson id of the course, in course order, read from the outline the built home page
 * embeds (course-outline.ts): the same list the course's own progress views count.
 */
export function courseLessonIds(homePageHtml: string): string[] {
	const root = parse(homePageHtml, { blockTextElements: { script: true } });
	const data = root.querySelector(`#${OUTLINE_ELEMENT_ID}`)?.rawText;
	let outline: CourseOutline | undefined;
	try {
		outline = data ? (JSON.parse(data) as CourseOutline) : undefined;
	} catch {
		outline = undefined;
	}
	const ids = outline && Array.isArray(outline.modules) ? allLessons(outline).map((l) => l.id) : [];
	if (ids.length === 0) throw new Error(`The built home page (index.html) has no course outline (#${OUTLINE_ELEMENT_ID}): the SCORM package needs the list of lessons.`);
	return ids;
}
