import { own, type ActivityResult, type ProgressDoc } from './progress-format';
import { allLessons, type CourseOutline } from './course-outline';
import { lessonRecord } from './progress-summary';
import { mergeDocs } from './progress-merge';
import { isBetter } from './score';

/** What importing would change, lesson by lesson, before anything is applied. */
export type Change =
	| { kind: 'done'; lessonId: string; title: string }
	| { kind: 'result'; lessonId: string; title: string; activityId: string; before?: Pick<ActivityResult, 'best' | 'total'>; after: Pick<ActivityResult, 'best' | 'total'> };

export interface ImportPreview {
	/** The progress after the import. */
	merged: ProgressDoc;
	/** Changes to lessons of the current course, in course order. */
	changes: Change[];
	/** Lessons in the import that this edition of the course does not have (kept, not shown). */
	otherLessons: number;
}

export function previewImport(current: ProgressDoc, imported: ProgressDoc, outline: CourseOutline): ImportPreview {
	const merged = mergeDocs(current, imported);
	const lessons = allLessons(outline);
	const known = new Set(lessons.map((l) => l.id));
	const changes: Change[] = [];
	for (const { id, title } of lessons) {
		const before = lessonRecord(current, id);
		const after = lessonRecord(merged, id);
		if (!after) continue;
		if (after.done && !before?.done) changes.push({ kind: 'done', lessonId: id, title });
		for (const [activityId, result] of Object.entries(after.results)) {
			const old = before && own(before.results, activityId);
			if (!old || isBetter(result, old)) {
				changes.push({ kind: 'result', lessonId: id, title, activityId, before: old && { best: old.best, total: old.total }, after: { best: result.best, total: result.total } });
			}
		}
	}
	const otherLessons = Object.keys(imported.lessons).filter((id) => !known.has(id)).length;
	return { merged, changes, otherLessons };
}
