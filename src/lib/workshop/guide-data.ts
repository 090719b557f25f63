import { lessonDigest, type LessonEntry } from '../course-data';
import type { Locale } from '../../i18n/locales';
export { guideOf } from '../course-data';
import { AGENDA_DEFAULTS, type Guide } from '../../schemas/guide';
import { buildAgenda, type Agenda, type AgendaLesson } from './agenda';
import { splitSlides } from './split-slides';

/** A lesson's agenda facts: parts and activities from its MDX tree, minutes from its frontmatter. */
export function agendaLesson(lesson: LessonEntry, locale: Locale = 'en'): AgendaLesson {
	return {
		id: lesson.data.id,
		title: lesson.data.title,
		minutes: lesson.data.minutes,
		parts: lessonDigest(lesson.data.id, locale)?.parts ?? [],
		quizQuestions: lesson.data.quiz?.length ?? 0,
	};
}

/** The module's agenda; without a guide file, just the lessons, with the schema's default breaks and sessions. */
export function moduleAgenda(guide: Guide | undefined, lessons: LessonEntry[], locale: Locale = 'en'): Agenda {
	const { breakEvery, breakMinutes, sessionMinutes } = guide ?? AGENDA_DEFAULTS;
	return buildAgenda({ opening: guide?.opening, closing: guide?.closing, breakEvery, breakMinutes, sessionMinutes }, lessons.map((l) => agendaLesson(l, locale)));
}

/** A lesson's trainer notes grouped by the section they sit in (undefined title: before the first heading). */
export function notesBySection(html: string): { title?: string; notes: string[] }[] {
	const { chunks, leadingNotes } = splitSlides(html);
	const groups: { title?: string; notes: string[] }[] = leadingNotes.length ? [{ notes: leadingNotes }] : [];
	for (const chunk of chunks) {
		if (chunk.notes.length === 0) continue;
		const last = groups[groups.length - 1];
		if (last && last.title === chunk.title && chunk.continued) last.notes.push(...chunk.notes);
		else groups.push({ title: chunk.title, notes: [...chunk.notes] });
	}
	return groups;
}
