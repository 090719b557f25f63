import { describe, expect, it } from 'vitest';
import { completedOn, continueLesson, isComplete, tally } from '../../../src/lib/progress/progress-summary';
import { previewImport } from '../../../src/lib/progress/import-preview';
import type { CourseOutline } from '../../../src/lib/progress/course-outline';
import type { ProgressDoc } from '../../../src/lib/progress/progress-format';

const lesson = (id: string) => ({ id, title: `Title of ${id}`, url: `/m/${id}/` });
const outline: CourseOutline = {
	title: 'Course',
	certificate: '/certificate/',
	modules: [
		{ id: 'one', title: 'One', url: '/one/', certificate: '/certificate/one/', lessons: [lesson('a'), lesson('b')] },
		{ id: 'two', title: 'Two', url: '/two/', certificate: '/certificate/two/', lessons: [lesson('c')] },
	],
};
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T00:00:00.000Z`;
const doc = (lessons: ProgressDoc['lessons']): ProgressDoc => ({ version: 1, lessons });

describe('progress views', () => {
	it('counts only lessons of the current course', () => {
		const d = doc({ a: { done: true, results: {} }, gone: { done: true, results: {} } });
		expect(tally(d, outline.modules[0]!.lessons)).toEqual({ done: 1, total: 2 });
		expect(tally(d, outline.modules.flatMap((m) => m.lessons))).toEqual({ done: 1, total: 3 });
		expect(isComplete({ done: 2, total: 2 })).toBe(true);
		expect(isComplete({ done: 0, total: 0 })).toBe(false);
	});

	it('continues at the lesson visited last, or the next one not done', () => {
		expect(continueLesson(doc({}), outline)).toBeUndefined();
		expect(continueLesson(doc({ a: { done: false, lastVisit: day(2), results: {} }, b: { done: false, lastVisit: day(1), results: {} } }), outline)?.id).toBe('a');
		expect(continueLesson(doc({ a: { done: false, lastVisit: day(1), results: {} }, b: { done: true, lastVisit: day(2), results: {} } }), outline)?.id).toBe('c');
		expect(continueLesson(doc({ a: { done: false, results: {} }, c: { done: true, lastVisit: day(2), results: {} } }), outline)?.id).toBe('a');
		const allDone = doc({ a: { done: true, results: {} }, b: { done: true, results: {} }, c: { done: true, lastVisit: day(1), results: {} } });
		expect(continueLesson(allDone, outline)).toBeUndefined();
	});

	it('dates a completed module by its last lesson done', () => {
		const lessons = outline.modules[0]!.lessons;
		expect(completedOn(doc({ a: { done: true, doneAt: day(3), results: {} }, b: { done: true, doneAt: day(5), results: {} } }), lessons)).toBe(day(5));
		expect(completedOn(doc({ a: { done: true, results: {} }, b: { done: true, doneAt: day(5), results: {} } }), lessons)).toBeUndefined();
	});
});

describe('the import preview', () => {
	it('lists what will change, in course order, and counts lessons this course does not have', () => {
		const current = doc({ a: { done: false, results: { quiz: { best: 1, total: 2, attempts: 1 } } }, c: { done: true, results: {} } });
		const imported = doc({
			c: { done: true, results: { quiz: { best: 1, total: 1, attempts: 1 } } },
			a: { done: true, results: { quiz: { best: 2, total: 2, attempts: 1 }, 'practice-inbox': { best: 0, total: 3, attempts: 1 } } },
			b: { done: false, results: { quiz: { best: 0, total: 2, attempts: 2 } } },
			gone: { done: true, results: {} },
		});
		const { changes, otherLessons, merged } = previewImport(current, imported, outline);
		expect(changes).toEqual([
			{ kind: 'done', lessonId: 'a', title: 'Title of a' },
			{ kind: 'result', lessonId: 'a', title: 'Title of a', activityId: 'quiz', before: { best: 1, total: 2 }, after: { best: 2, total: 2 } },
			{ kind: 'result', lessonId: 'a', title: 'Title of a', activityId: 'practice-inbox', before: undefined, after: { best: 0, total: 3 } },
			{ kind: 'result', lessonId: 'b', title: 'Title of b', activityId: 'quiz', before: undefined, after: { best: 0, total: 2 } },
			{ kind: 'result', lessonId: 'c', title: 'Title of c', activityId: 'quiz', before: undefined, after: { best: 1, total: 1 } },
		]);
		expect(otherLessons).toBe(1);
		expect(Object.keys(merged.lessons).sort()).toEqual(['a', 'b', 'c', 'gone']);
	});

	it('shows nothing when the import holds nothing better', () => {
		const current = doc({ a: { done: true, results: { quiz: { best: 2, total: 2, attempts: 3 } } } });
		expect(previewImport(current, doc({ a: { done: false, results: { quiz: { best: 1, total: 2, attempts: 1 } } } }), outline).changes).toEqual([]);
	});
});
