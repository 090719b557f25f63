import { own, type LessonRecord, type ProgressDoc } from './progress-format';
import { allLessons, type CourseOutline, type OutlineLesson, type OutlineModule } from './course-outline';

/** Counts and choices the views show. Only current lessons count; old records are ignored. */
export interface Tally {
	done: number;
	total: number;
}

export const lessonRecord = (doc: ProgressDoc, id: string): LessonRecord | undefined => own(doc.lessons, id);
export const isDone = (doc: ProgressDoc, id: string) => lessonRecord(doc, id)?.done === true;

export function tally(doc: ProgressDoc, lessons: { id: string }[]): Tally {
	return { done: lessons.filter((l) => isDone(doc, l.id)).length, total: lessons.length };
}

export const isComplete = (t: Tally) => t.total > 0 && t.done === t.total;

/**
 * Where to continue: the lesson visited last if it is not done yet; else the first lesson not
 * done after it in course order (then from the start). Nothing when nothing was visited or all is done.
 */
export function continueLesson(doc: ProgressDoc, outline: CourseOutline): OutlineLesson | undefined {
	const lessons = allLessons(outline);
	let latest = -1;
	let latestTime = '';
	lessons.forEach((lesson, i) => {
		const visit = lessonRecord(doc, lesson.id)?.lastVisit;
		if (visit && visit > latestTime) [latest, latestTime] = [i, visit];
	});
	if (latest < 0) return undefined;
	const order = [...lessons.slice(latest), ...lessons.slice(0, latest)];
	return order.find((lesson) => !isDone(doc, lesson.id));
}

/** The date a module (or the course) was completed: when its last lesson was done, if known. */
export function completedOn(doc: ProgressDoc, lessons: { id: string }[]): string | undefined {
	const dates = lessons.map((l) => lessonRecord(doc, l.id)?.doneAt);
	if (!dates.length || !dates.every((d) => d)) return undefined;
	return (dates as string[]).sort()[dates.length - 1];
}

export function moduleOf(outline: CourseOutline, id: string): OutlineModule | undefined {
	return outline.modules.find((m) => m.id === id);
}
