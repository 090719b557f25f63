import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coverage } from '../schemas/coverage';
import type { QuizQuestion } from '../schemas/quiz';
import { proseBlocks, frenchReadability, type FrenchReadabilityFigures } from './readability';
import { readLessonSources, type LessonSource } from './read-content';
import type { ContentProblem } from './problem';

/**
 * What `check:content` reports about the French edition: adaptations whose English lesson has
 * changed since, French skills coverage, and French reading ease. The pure parts take plain
 * data; `readFrenchLessons` reads content/fr/lessons/ with the content layer's own reader.
 */

/** Length of a source revision: the first 12 hex digits of the sha256 of the English file. */
export const REVISION_LENGTH = 12;

/** The revision a French lesson records in `sourceRevision` for the English file it adapts. */
export function sourceRevision(englishFile: string | Buffer): string {
	return createHash('sha256').update(englishFile).digest('hex').slice(0, REVISION_LENGTH);
}

/** A French lesson as the report needs it. */
export interface FrenchLessonFacts {
	/** Path of the French file, relative to the project. */
	file: string;
	id: string;
	module: string;
	/** The `sourceRevision` it records, if any. */
	recorded?: string;
	/** The revision of its English file now; undefined when there is no English file of that name. */
	current?: string;
	covers: string[];
	/** Coverage ids its quiz questions test. */
	quizCovers: string[];
	/** Its quiz as written (the build validates it), for the quiz-form check. */
	quiz: QuizQuestion[];
}

export type AdaptationState = 'current' | 'outdated' | 'no-revision' | 'no-english';

export interface AdaptationStatus {
	file: string;
	id: string;
	state: AdaptationState;
	recorded?: string;
	current?: string;
}

/** Whether each French lesson still follows its English source. */
export function adaptationStatus(lessons: readonly FrenchLessonFacts[]): AdaptationStatus[] {
	return lessons.map(({ file, id, recorded, current }) => {
		const state: AdaptationState = current === undefined ? 'no-english' : !recorded ? 'no-revision' : recorded === current ? 'current' : 'outdated';
		return { file, id, state, recorded, current };
	});
}

/** The French lessons to look at again: their English source changed, or they record none. */
export function outdatedAdaptations(lessons: readonly FrenchLessonFacts[]): AdaptationStatus[] {
	return adaptationStatus(lessons).filter((s) => s.state !== 'current');
}

export interface SkillCoverage {
	group: string;
	skill: string;
	/** French lessons that teach it (list it in `covers`). */
	taught: string[];
	/** French lessons whose quiz tests it. */
	tested: string[];
}

/**
 * Which coverage skills the French lessons teach and test, group by group. Only groups with a
 * skill taught in French, or named in `groups`, are listed (most modules are English only).
 */
export function frenchCoverage(coverage: Pick<Coverage, 'groups'>, lessons: readonly FrenchLessonFacts[], groups: readonly string[] = []): SkillCoverage[] {
	const rows = coverage.groups.flatMap((group) =>
		group.skills.map((skill) => ({
			group: group.id,
			skill: skill.id,
			taught: lessons.filter((l) => l.covers.includes(skill.id)).map((l) => l.id),
			tested: lessons.filter((l) => l.quizCovers.includes(skill.id)).map((l) => l.id),
		})),
	);
	const shown = new Set([...groups, ...rows.filter((r) => r.taught.length > 0).map((r) => r.group)]);
	return rows.filter((r) => shown.has(r.group));
}

/** A French lesson read from disk, with its facts and its reading ease. */
export interface FrenchLessonRead {
	facts: FrenchLessonFacts;
	figures: FrenchReadabilityFigures;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The facts of one French lesson source, and the English file it adapts (same module folder and file name). */
export function frenchLessonFacts(source: LessonSource, englishText: string | Buffer | undefined): FrenchLessonFacts {
	const fm = (source.frontmatter ?? {}) as Record<string, unknown>;
	const quiz = Array.isArray(fm.quiz) ? (fm.quiz as Record<string, unknown>[]) : [];
	return {
		file: source.file,
		id: typeof fm.id === 'string' ? fm.id : source.slug,
		module: typeof fm.module === 'string' ? fm.module : source.folder,
		// YAML reads an all-digit revision as a number: compare it as written.
		recorded: typeof fm.sourceRevision === 'string' || typeof fm.sourceRevision === 'number' ? String(fm.sourceRevision) : undefined,
		current: englishText === undefined ? undefined : sourceRevision(englishText),
		covers: strings(fm.covers),
		quizCovers: [...new Set(quiz.flatMap((q) => strings(q?.covers)))],
		quiz: quiz.filter((q) => q && Array.isArray(q.choices)) as unknown as QuizQuestion[],
	};
}

/**
 * Reads the French lessons (<content>/fr/lessons/<module>/*.mdx) with the content layer's reader,
 * pairs each with the English file of the same name, and measures its prose. Frontmatter is not
 * validated here (the French loader does that in the build); unreadable files come back as problems.
 */
export function readFrenchLessons(contentRoot: string, projectRoot: string): { lessons: FrenchLessonRead[]; problems: ContentProblem[] } {
	const { lessons, problems } = readLessonSources(join(contentRoot, 'fr'), projectRoot);
	return {
		problems,
		lessons: lessons.map((source) => {
			const name = source.file.split(/[\\/]/).pop()!;
			const english = join(contentRoot, 'lessons', source.folder, name);
			return { facts: frenchLessonFacts(source, existsSync(english) ? readFileSync(english) : undefined), figures: frenchReadability(proseBlocks(source.tree)) };
		}),
	};
}
