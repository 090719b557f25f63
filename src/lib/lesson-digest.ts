import type { CheckedLesson } from '../content-layer/check-content';
import { termsInTree } from './glossary';
import { lessonParts, type LessonPart } from './workshop/lesson-parts';
import { planLesson, type LessonPlan } from './workshop/slide-plan';
import { practiceUses, type PracticeUse } from '../content-layer/practice-uses';

/**
 * What the pages need from a lesson's syntax tree, read from it once per build: its slide plan,
 * its parts for the guide's agenda, the words it defines for the glossary and the simulations it
 * embeds (each gets a practice page). Plain strings and
 * numbers, so the tree itself (the biggest thing a lesson loads) is not kept for the whole render.
 */
export interface LessonDigest {
	plan: LessonPlan;
	parts: LessonPart[];
	terms: { word: string; def: string }[];
	practice: PracticeUse[];
}

export function digestLesson({ tree, data }: Pick<CheckedLesson, 'tree' | 'data'>): LessonDigest {
	return {
		plan: planLesson(tree, { minutes: data.minutes, keyPoints: data.keyPoints, quizLength: data.quiz?.length ?? 0 }),
		parts: lessonParts(tree),
		terms: termsInTree(tree),
		practice: practiceUses(tree),
	};
}
