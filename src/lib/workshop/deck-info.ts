import type { CourseModule } from '../../schemas/course';
import type { QuizQuestion } from '../../schemas/quiz';
import { getHostedSite, lessonDigest, type LessonEntry } from '../course-data';
import type { LessonPlan } from './slide-plan';
import { routesIn } from '../routes';
import type { Locale } from '../../i18n/locales';
import { href } from '../url';
import { displayUrl, hostedUrl, qrImagePath, qrSize, qrSvg } from './qr-code';

/** A QR code of a page on the hosted site, with its address written out. */
export interface QrInfo {
	/** The code's picture (a file of the site, under the base). */
	src: string;
	/** Its width and height, in the picture's own units (it is drawn larger by the page's style). */
	size: number;
	url: string;
	/** The address without "https://", to read out or type. */
	label: string;
}

export interface DeckLessonInfo {
	id: string;
	title: string;
	minutes: number;
	objectives: string[];
	keyPoints: string[];
	quiz?: QuizQuestion[];
	/** Position in its module: lesson `number` of `total`. */
	number: number;
	total: number;
	qr?: QrInfo;
}

/** The lesson after this one in its module: where "Next" goes from the last slide. */
export interface NextDeck {
	title: string;
	/** Its lesson number in the module. */
	number: number;
	slides: string;
	notes: string;
}

/**
 * Everything the slide components need besides the lesson's body. A deck is one lesson: a module
 * runs as its lessons' decks one after another (see NextDeck), so no page holds a whole module.
 */
export interface DeckInfo {
	/** Keys the sync between windows: "lesson:<id>". */
	id: string;
	/** Keys the session timer, which runs on across the module's lessons: "module:<id>". */
	timerId: string;
	title: string;
	module: CourseModule & { minutes: number; qr?: QrInfo };
	lessons: DeckLessonInfo[];
	/** Planned minutes of the whole deck. */
	minutes: number;
	links: { slides: string; notes: string; guide: string; /** The module's running order. */ module: string };
	next?: NextDeck;
	/** Why the QR codes are left out, for the trainer's notes: the address is missing or an example. */
	qrMissing?: 'none' | 'placeholder';
	/** The deck's language (its lesson's). */
	locale: Locale;
}

/**
 * A QR code of a site path on the hosted site; undefined when course.yaml sets no siteUrl, or
 * only the example address (the build warns once; trainers see how to set it).
 */
export async function qrFor(path: string): Promise<QrInfo | undefined> {
	const site = getHostedSite();
	const url = site.kind === 'real' ? hostedUrl(site.url, path) : undefined;
	return url ? { src: href(qrImagePath(path)), size: qrSize(await qrSvg(url)), url, label: displayUrl(url) } : undefined;
}

/** Why pages carry no QR code, or undefined when they do. */
export function qrMissing(): 'none' | 'placeholder' | undefined {
	const { kind } = getHostedSite();
	return kind === 'real' ? undefined : kind;
}

/** Builds the facts of one lesson's deck. */
export async function deckInfo(module: CourseModule, moduleLessons: LessonEntry[], lesson: LessonEntry, locale: Locale = 'en'): Promise<DeckInfo> {
	const routes = routesIn(locale);
	const { title, minutes, objectives, keyPoints, quiz } = lesson.data;
	const index = moduleLessons.findIndex((l) => l.data.id === lesson.data.id);
	const qr = await qrFor(routes.lesson(module.id, lesson.nav.slug));
	const after = moduleLessons[index + 1];
	return {
		id: `lesson:${lesson.data.id}`,
		timerId: `module:${module.id}`,
		title,
		module: { ...module, minutes: moduleLessons.reduce((s, l) => s + l.data.minutes, 0) },
		lessons: [{ id: lesson.data.id, title, minutes, objectives, keyPoints, quiz, number: index + 1, total: moduleLessons.length, qr }],
		minutes,
		links: {
			slides: href(routes.presentLesson(module.id, lesson.nav.slug)),
			notes: href(routes.notesLesson(module.id, lesson.nav.slug)),
			guide: href(routes.guide(module.id)),
			module: href(routes.presentModule(module.id)),
		},
		next: after && {
			title: after.data.title,
			number: index + 2,
			slides: href(routes.presentLesson(module.id, after.nav.slug)),
			notes: href(routes.notesLesson(module.id, after.nav.slug)),
		},
		qrMissing: qrMissing(),
		locale,
	};
}

/** The planned slides of a lesson of the deck, read from its MDX tree once per build (lesson-digest.ts). */
export function planFor(lesson: DeckLessonInfo, locale: Locale = 'en'): LessonPlan {
	return lessonDigest(lesson.id, locale)?.plan ?? { sections: [], slides: [], quiz: [] };
}
