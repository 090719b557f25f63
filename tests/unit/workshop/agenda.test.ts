import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaLesson } from '../../../src/lib/workshop/agenda';
import { lessonParts } from '../../../src/lib/workshop/lesson-parts';
import { parseLessonSource } from '../../../src/content-layer/read-content';

const lesson = (id: string, minutes: number, partMinutes: number[] = []): AgendaLesson => ({
	id,
	title: id,
	minutes,
	parts: partMinutes.map((m) => ({ title: 'Part', minutes: m, activities: [] })),
	quizQuestions: 0,
});
const plan = { opening: { minutes: 10, what: 'Welcome.' }, closing: { minutes: 10, what: 'Wrap up.' }, breakEvery: 60, breakMinutes: 10, sessionMinutes: 180 };

describe('buildAgenda', () => {
	it('gives each lesson its start time and adds the welcome and the wrap-up', () => {
		const agenda = buildAgenda(plan, [lesson('a', 20), lesson('b', 25)]);
		expect(agenda.sessions).toHaveLength(1);
		expect(agenda.sessions[0]!.rows.map((r) => [r.kind, r.start, r.minutes])).toEqual([
			['opening', 0, 10],
			['lesson', 10, 20],
			['lesson', 30, 25],
			['closing', 55, 10],
		]);
		expect(agenda.total).toBe(65);
	});
	it('plans a break before a lesson that would run past the break limit', () => {
		const agenda = buildAgenda(plan, [lesson('a', 30), lesson('b', 30), lesson('c', 30)]);
		expect(agenda.sessions[0]!.rows.map((r) => r.kind)).toEqual(['opening', 'lesson', 'break', 'lesson', 'lesson', 'closing']);
		expect(agenda.total).toBe(10 + 30 + 10 + 30 + 30 + 10);
	});
	it('says how much of each lesson the parts leave for the quiz and questions', () => {
		const row = buildAgenda(plan, [lesson('a', 20, [5, 8])]).sessions[0]!.rows[1]!;
		expect(row.kind === 'lesson' && row.rest).toBe(7);
	});
	it('welcomes the group back in later sessions with the later welcome, not the first one', () => {
		const lessons = [lesson('a', 50), lesson('b', 50), lesson('c', 50)];
		const opening = { minutes: 10, what: 'Introduce yourself and ask what each person wants to learn.', later: 'Welcome the group back and ask what they tried.' };
		const whats = buildAgenda({ ...plan, opening, sessionMinutes: 90 }, lessons).sessions.map((s) => s.rows[0]!.kind === 'opening' && s.rows[0]!.what);
		expect(whats).toEqual([opening.what, opening.later, opening.later]);
		// Without a later welcome, every session has the one welcome.
		expect(buildAgenda({ ...plan, sessionMinutes: 90 }, lessons).sessions.map((s) => s.rows[0]!.kind === 'opening' && s.rows[0]!.what)).toEqual(['Welcome.', 'Welcome.', 'Welcome.']);
	});
	it('the course\'s guides never say "first session" in a welcome that every session repeats', async () => {
		const { loadContent } = await import('../../../src/content-layer/load-content');
		for (const [id, guide] of Object.entries(loadContent().guides)) {
			expect(guide.opening.later ?? guide.opening.what, id).not.toMatch(/first session|in later sessions/i);
		}
	});
	it('splits a long module into sessions that each fit the limit, a welcome and wrap-up in each', () => {
		const lessons = [lesson('a', 25), lesson('b', 45), lesson('c', 35), lesson('d', 35), lesson('e', 50), lesson('f', 40), lesson('g', 30)];
		const agenda = buildAgenda({ ...plan, sessionMinutes: 120, breakEvery: 50 }, lessons);
		expect(agenda.sessions.map((s) => s.rows.filter((r) => r.kind === 'lesson').map((r) => r.kind === 'lesson' && r.lesson.id).join(''))).toEqual(['ab', 'cd', 'ef', 'g']);
		expect(agenda.sessions.map((s) => s.total)).toEqual([100, 100, 120, 50]);
		for (const s of agenda.sessions) expect(s.rows[0]!.kind).toBe('opening');
		expect(agenda.total).toBe(370);
	});
	it('gives a lesson longer than a session a session of its own', () => {
		const agenda = buildAgenda({ ...plan, sessionMinutes: 60 }, [lesson('a', 20), lesson('b', 90), lesson('c', 20)]);
		expect(agenda.sessions.map((s) => s.total)).toEqual([40, 110, 40]);
	});
	it('works without a guide file: lessons only', () => {
		const agenda = buildAgenda({ breakEvery: 60, breakMinutes: 10, sessionMinutes: 120 }, [lesson('a', 20)]);
		expect(agenda.sessions[0]!.rows.map((r) => r.kind)).toEqual(['lesson']);
		expect(agenda.total).toBe(20);
	});
});

describe('lessonParts', () => {
	it('reads sections, activities and trainer-note minutes from a lesson', () => {
		const source = `---\nid: x\n---\n\nIntro.\n\n<TrainerNote minutes={3}>Welcome.</TrainerNote>\n\n## Make a passphrase\n\n<TryIt title="Make one" minutes={5}>Do it.</TryIt>\n\n<TrainerNote minutes="4">Show it.</TrainerNote>\n\n## Check it\n\n<Challenge title="Which is stronger?">?</Challenge>\n`;
		const { lesson } = parseLessonSource('x.mdx', source);
		expect(lessonParts(lesson!.tree)).toEqual([
			{ title: undefined, minutes: 3, activities: [] },
			{ title: 'Make a passphrase', minutes: 4, activities: [{ kind: 'try-it', title: 'Make one', minutes: 5 }] },
			{ title: 'Check it', minutes: undefined, activities: [{ kind: 'challenge', title: 'Which is stronger?', minutes: undefined }] },
		]);
	});
	it('leaves out the opening text when a trainer has nothing to do in it', () => {
		const { lesson } = parseLessonSource('x.mdx', `---\nid: x\n---\n\nIntro.\n\n## Only part\n\nText.\n`);
		expect(lessonParts(lesson!.tree).map((p) => p.title)).toEqual(['Only part']);
	});
});
