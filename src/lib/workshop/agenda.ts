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
	/** The welcome and the wrap-up of each session; left out when the module has no guide file. */
	opening?: { minutes: number; what: string; /** The welcome of the second and later sessions, when it differs. */ later?: string };
	closing?: { minutes: number; what: string };
	breakEvery: number;
	breakMinutes: number;
	/** The longest session, welcome, breaks and wrap-up included. */
	sessionMinutes: number;
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

/** One sitting: start times count from its own start. */
export interface AgendaSession {
	rows: AgendaRow[];
	/** Minutes from the welcome to the end of the wrap-up, breaks included. */
	total: number;
}

export interface Agenda {
	sessions: AgendaSession[];
	/** All sessions together. */
	total: number;
}

/**
 * One session's running order: the welcome, the lessons with a break wherever one is due, the
 * wrap-up. `index` is the session's place from 0: later sessions get the later welcome.
 */
function session(plan: AgendaPlan, lessons: AgendaLesson[], index: number): AgendaSession {
	const what = index > 0 ? (plan.opening?.later ?? plan.opening?.what) : plan.opening?.what;
	const rows: AgendaRow[] = plan.opening ? [{ kind: 'opening', start: 0, minutes: plan.opening.minutes, what }] : [];
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

/**
 * The workshop's running order. Lessons are packed, in order, into sessions no longer than
 * `sessionMinutes` (a lesson longer than that gets a session of its own); in each session a
 * break comes before any lesson that would take the group past `breakEvery` minutes without one.
 */
export function buildAgenda(plan: AgendaPlan, lessons: AgendaLesson[]): Agenda {
	const sessions: AgendaSession[] = [];
	let group: AgendaLesson[] = [];
	for (const lesson of lessons) {
		if (group.length > 0 && session(plan, [...group, lesson], sessions.length).total > plan.sessionMinutes) {
			sessions.push(session(plan, group, sessions.length));
			group = [];
		}
		group.push(lesson);
	}
	if (group.length > 0) sessions.push(session(plan, group, sessions.length));
	return { sessions, total: sessions.reduce((sum, s) => sum + s.total, 0) };
}
