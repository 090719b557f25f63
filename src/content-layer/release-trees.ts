import { digestLesson, type LessonDigest } from '../lib/lesson-digest';
import type { CheckedLesson } from './check-content';
import type { LoadedContent } from './load-content';
import { forgetKind } from './content-files';

/** A checked lesson whose syntax tree was let go: what pages need from the tree is in its digest. */
export type ReleasedLesson = CheckedLesson & { digest: LessonDigest };

/**
 * After the build's content check, each lesson keeps the digest of its syntax tree (what pages read
 * from it: slide plan, parts, terms, practice uses) and lets the tree go, before Astro bundles the
 * pages: the trees are the biggest thing content holds, and bundling is when the build's memory
 * peaks. A later reader of `tree` fails loudly instead of getting a wrong answer; the tree is not
 * enumerable, so copies of a lesson ({ ...lesson }) leave it out.
 */
export function releaseLessonTrees(loaded: LoadedContent): void {
	const lessons = [...loaded.lessons, ...Object.values(loaded.translations).flatMap((t) => t?.lessons ?? [])];
	for (const lesson of lessons as ReleasedLesson[]) {
		if (lesson.digest) continue;
		lesson.digest = digestLesson(lesson);
		Object.defineProperty(lesson, 'tree', {
			enumerable: false,
			get() {
				throw new Error(`${lesson.file}: its syntax tree was let go after the content check; read lesson.digest instead.`);
			},
		});
	}
	// The per-file parses hold the same trees.
	forgetKind('lesson');
}

/** A lesson's digest: kept from the content check when the build let its tree go, else read from the tree. */
export function digestOf(lesson: CheckedLesson): LessonDigest {
	return (lesson as Partial<ReleasedLesson>).digest ?? digestLesson(lesson);
}
