import type { LessonPart } from './lesson-parts';

/** What the agenda needs to know of a lesson. */
export interface AgendaLesson {
	id: string;
	title: string;
	/** The lesson's planned minutes (frontmatter `minutes`). */
	minutes: number;
	parts: LessonPart[];
	/** Number of quiz questions; 0 when the lesson has no quiz. */
	quizQuestions: number;
}

/** What the agenda needs to know of the guide. */
export interface AgendaPlan {
	/** The welcome and the wrap-up; left out of the agenda when the module has no guide file. */
	opening?: { minutes: number; what: string };
	closing?: { minutes: number; what: string };
	breakEvery: number;
	breakMinutes: number;
}

export type AgendaRow =
	| { kind: 'opening' | 'closing' | 'break'; start: number; minutes: number; what?: string }
	| {
			kind: 'lesson';
			start: number;
			minutes: number;
			lesson: AgendaLesson;
			/** Minutes of the lesson not given to a part: for the quiz, questions and recap. Negative when the parts add up to more. */
			rest: number;
	  };

export interface Agenda {
	rows: AgendaRow[];
	/** Minutes from the welcome to the end of the wrap-up, breaks included. */
	total: number;
}

/**
 * The workshop's running order: the welcome, each lesson with its start time, a break whenever
 * the next lesson would take the group past `breakEvery` minutes without one, and the wrap-up.
 */
export function buildAgenda(plan: AgendaPlan, lessons: AgendaLesson[]): Agenda {
	const rows: AgendaRow[] = plan.opening ? [{ kind: 'opening', start: 0, minutes: plan.opening.minutes, what: plan.opening.what }] : [];
	let clock = plan.opening?.minutes ?? 0;
	let sinceBreak = clock;
	lessons.forEach((lesson, i) => {
		if (i > 0 && sinceBreak + lesson.minutes > plan.breakEvery) {
			rows.push({ kind: 'break', start: clock, minutes: plan.breakMinutes });
			clock += plan.breakMinutes;
			sinceBreak = 0;
		}
		const planned = lesson.parts.reduce((sum, p) => sum + (p.minutes ?? 0), 0);
		rows.push({ kind: 'lesson', start: clock, minutes: lesson.minutes, lesson, rest: lesson.minutes - planned });
		clock += lesson.minutes;
		sinceBreak += lesson.minutes;
	});
	if (plan.closing) rows.push({ kind: 'closing', start: clock, minutes: plan.closing.minutes, what: plan.closing.what });
	return { rows, total: clock + (plan.closing?.minutes ?? 0) };
}
