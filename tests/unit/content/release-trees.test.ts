import { beforeEach, describe, expect, it } from 'vitest';
import { clearContentFiles } from '../../../src/content-layer/content-files';
import { loadContent } from '../../../src/content-layer/load-content';
import { digestOf, releaseLessonTrees } from '../../../src/content-layer/release-trees';
import { digestLesson } from '../../../src/lib/lesson-digest';

beforeEach(() => clearContentFiles());

describe('releaseLessonTrees (after the build\'s content check)', () => {
	it('keeps each lesson\'s digest, the same as one read from the tree, and lets the tree go', () => {
		const loaded = loadContent();
		const lesson = loaded.lessons[0]!;
		const fromTree = digestLesson(lesson);
		releaseLessonTrees(loaded);
		expect(digestOf(lesson)).toEqual(fromTree);
		// A later reader of the tree is told, not handed a wrong answer.
		expect(() => lesson.tree).toThrow(/syntax tree was let go/);
		// Copies of a lesson leave the tree out.
		expect('tree' in { ...lesson }).toBe(false);
	});

	it('lets go of the adapted lessons\' trees too', () => {
		const loaded = loadContent();
		const french = loaded.translations.fr?.lessons ?? [];
		expect(french.length).toBeGreaterThan(0);
		releaseLessonTrees(loaded);
		expect(() => french[0]!.tree).toThrow();
		expect(digestOf(french[0]!).plan.slides.length).toBeGreaterThan(0);
	});
});
