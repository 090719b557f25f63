import { describe, expect, it } from 'vitest';
import { contentRoot, readLessonSources } from '../../src/content-layer/read-content';

// The quiz's feedback starts with its own verdict ("Right.") and shows each chosen answer as
// "Right: <choice> <explanation>". An explanation that starts with "Right." or "Yes." again made
// the feedback read "Right. Right: ... Right." (issue #24): keep every lesson free of it.
const VERDICT_FIRST = /^\s*(right|correct|yes|true)\b[.!:,]/i;

describe('quiz explanations do not repeat the verdict', () => {
	const { lessons } = readLessonSources(contentRoot(), process.cwd());

	it('reads the lessons', () => {
		expect(lessons.length).toBeGreaterThan(40);
	});

	it('no right choice explains itself with "Right.", "Correct.", "Yes." or "True."', () => {
		const repeats: string[] = [];
		for (const lesson of lessons) {
			const quiz = (lesson.frontmatter as { quiz?: { id: string; choices: { correct?: boolean; explanation?: string }[]; explanation?: string }[] }).quiz ?? [];
			for (const question of quiz) {
				for (const choice of question.choices.filter((c) => c.correct)) {
					if (VERDICT_FIRST.test(choice.explanation ?? '')) repeats.push(`${lesson.file} ${question.id}: ${choice.explanation}`);
				}
				if (VERDICT_FIRST.test(question.explanation ?? '')) repeats.push(`${lesson.file} ${question.id} (general): ${question.explanation}`);
			}
		}
		expect(repeats).toEqual([]);
	});
});
