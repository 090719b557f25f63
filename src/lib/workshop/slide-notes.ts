import { parse } from 'node-html-parser';
import { t as translate, type Locale } from '../../i18n/t';
import type { UiKey } from '../../i18n/en/index';

/** Interface strings in the notes' language. */
type Words = (key: UiKey, values?: Record<string, string | number>) => string;
import type { LessonPlan, PlannedSlide } from './slide-plan';
import { sections, type Section } from './split-slides';

/** Speaker notes of one lesson's slides, as HTML pieces, from its rendered body (trainer notes shown). */
export interface LessonNotes {
	title: string[];
	/** Notes of each planned slide, in the plan's order. */
	slides: string[][];
	keyPoints: string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The lesson's own text for a part, for the trainer to say in their own words. A practice
 * simulation is left out (it runs on the lesson page; two copies on one notes page would clash).
 */
function lessonText(t: Words, section: Section | undefined): string | undefined {
	if (!section || section.blocks.length === 0) return undefined;
	const root = parse(section.blocks.map((b) => b.toString()).join('\n'));
	for (const island of root.querySelectorAll('*').filter((el) => el.tagName.startsWith('PRACTICE-'))) {
		island.replaceWith(`<p>${escape(t('workshop.notes.practice'))}</p>`);
	}
	return `<div class="notes-text"><p class="notes-text__title">${escape(t('workshop.notes.lessonText'))}</p>${root.toString()}</div>`;
}

function timing(t: Words, title: string | undefined, minutes: number | undefined): string | undefined {
	if (!minutes) return undefined;
	return `<p class="notes-timing">${escape(title ? t('workshop.notes.timing', { title, minutes }) : t('workshop.notes.timingStart', { minutes }))}</p>`;
}

/** What the trainer does with this kind of slide: describe the picture, walk through the steps. */
function onTheSlide(t: Words, slide: PlannedSlide): string | undefined {
	if (slide.kind === 'picture') {
		const caption = slide.caption ? '' : ` ${escape(slide.fullCaption)}`;
		return `<p><strong>${escape(t('workshop.notes.picture'))}</strong> ${escape(slide.alt)}${caption}</p>`;
	}
	if (slide.kind === 'steps') {
		return `<p><strong>${escape(t('workshop.notes.steps'))}</strong></p><ol start="${slide.start}">${slide.full.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>`;
	}
	return undefined;
}

const defined = (parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p));

/**
 * Notes for every slide: the part's timing, its trainer notes and the lesson's text on the
 * part's first slide, and what to do with the slide itself. Parts without a slide (the opening
 * text, "Learn more") give their notes to the title slide and the key-points slide.
 */
export function lessonNotes(html: string, plan: LessonPlan, extraQuestions: number, locale: Locale = 'en'): LessonNotes {
	const t: Words = (key, values = {}) => translate(key, values, locale);
	const rendered = sections(html);
	const at = (i: number) => rendered[i];
	const notesOf = (i: number) => (at(i)?.notes ?? []).map((n) => n.html);
	const seen = new Set<number>();
	const slides = plan.slides.map((slide) => {
		const first = !seen.has(slide.section);
		seen.add(slide.section);
		const section = plan.sections[slide.section];
		return defined([timing(t, section?.title, section?.minutes), ...(first ? notesOf(slide.section) : []), onTheSlide(t, slide), first ? lessonText(t, at(slide.section)) : undefined]);
	});
	const hidden = plan.sections.map((s, i) => ({ s, i })).filter(({ s, i }) => i > 0 && !plan.slides.some((slide) => slide.section === i));
	const more = extraQuestions > 0 ? `<p>${escape(t('workshop.notes.moreQuestions', { count: extraQuestions }))}</p>` : undefined;
	return {
		title: defined([timing(t, undefined, plan.sections[0]?.minutes), ...notesOf(0), lessonText(t, at(0))]),
		slides,
		keyPoints: defined([`<p>${escape(t('workshop.notes.recap'))}</p>`, more, ...hidden.flatMap(({ i }) => [...notesOf(i), lessonText(t, at(i))])]),
	};
}
