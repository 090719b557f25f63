import { describe, expect, it } from 'vitest';
import type { CheckedLesson } from '../../src/content-layer/check-content';
import { reportLesson } from '../../src/content-layer/lesson-standard';
import { parseLessonSource } from '../../src/content-layer/read-content';

function lessonWith(body: string): CheckedLesson {
	const { lesson } = parseLessonSource('content/lessons/safety/01-x.mdx', `---\nid: x\n---\n\n${body}\n`);
	const data = { id: 'x', module: 'safety', covers: ['SAFE-1'], quiz: [] } as unknown as CheckedLesson['data'];
	return { ...lesson!, data };
}

const teaching = '## Make a passphrase\n\nUse three random words.\n\n<TryIt title="Make one" minutes={5}>Do it.</TryIt>';

describe('the lesson standard', () => {
	it('fails a lesson whose timed trainer notes sit under "Learn more"', () => {
		const report = reportLesson(lessonWith(`${teaching}\n\n## Learn more\n\n- A link\n\n<TrainerNote minutes={12}>Show it.</TrainerNote>`));
		expect(report.failures).toContain('trainer notes under "Learn more" give that list of links 12 minutes in the facilitator guide: move each note into the section it is about');
	});

	it('accepts trainer notes in the sections they time', () => {
		const report = reportLesson(lessonWith(`${teaching}\n\n<TrainerNote minutes={12}>Show it.</TrainerNote>\n\n## Learn more\n\n- A link`));
		expect(report.failures.filter((f) => f.includes('trainer notes'))).toEqual([]);
	});
});
