import type { CourseModule } from '../../schemas/course';
import type { QuizQuestion } from '../../schemas/quiz';
import { content, getHostedSite, type LessonEntry } from '../course-data';
import { planLesson, type LessonPlan } from './slide-plan';
import { routes } from '../routes';
import { href } from '../url';
import { displayUrl, hostedUrl, qrSvg } from './qr-code';

/** A QR code of a page on the hosted site, with its address written out. */
export interface QrInfo {
	svg: string;
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

/** Everything the slide components need besides the lessons' bodies. */
export interface DeckInfo {
	/** Keys the sync between windows: "lesson:<id>" or "module:<id>". */
	id: string;
	kind: 'lesson' | 'module';
	title: string;
	module: CourseModule & { minutes: number; qr?: QrInfo };
	lessons: DeckLessonInfo[];
	/** Planned minutes of the whole deck. */
	minutes: number;
	links: { slides: string; notes: string; guide: string };
	/** Why the QR codes are left out, for the trainer's notes: the address is missing or an example. */
	qrMissing?: 'none' | 'placeholder';
}

/**
 * A QR code of a site path on the hosted site; undefined when course.yaml sets no siteUrl, or
 * only the example address (the build warns once; trainers see how to set it).
 */
export async function qrFor(path: string): Promise<QrInfo | undefined> {
	const site = getHostedSite();
	const url = site.kind === 'real' ? hostedUrl(site.url, path) : undefined;
	return url ? { svg: await qrSvg(url), url, label: displayUrl(url) } : undefined;
}

/** Why pages carry no QR code, or undefined when they do. */
export function qrMissing(): 'none' | 'placeholder' | undefined {
	const { kind } = getHostedSite();
	return kind === 'real' ? undefined : kind;
}

/** Builds the deck's facts: for one lesson (`lessons` holds it alone) or for a whole module. */
export async function deckInfo(module: CourseModule, moduleLessons: LessonEntry[], only?: LessonEntry): Promise<DeckInfo> {
	const deckLessons = only ? [only] : moduleLessons;
	let clock = 0;
	const lessons: DeckLessonInfo[] = [];
	for (const lesson of deckLessons) {
		clock += lesson.data.minutes;
		const { title, minutes, objectives, keyPoints, quiz } = lesson.data;
		const number = moduleLessons.findIndex((l) => l.data.id === lesson.data.id) + 1;
		const qr = await qrFor(routes.lesson(module.id, lesson.nav.slug));
		lessons.push({ id: lesson.data.id, title, minutes, objectives, keyPoints, quiz, number, total: moduleLessons.length, qr });
	}
	const links = only
		? { slides: routes.presentLesson(module.id, only.nav.slug), notes: routes.notesLesson(module.id, only.nav.slug) }
		: { slides: routes.presentModule(module.id), notes: routes.notesModule(module.id) };
	return {
		id: only ? `lesson:${only.data.id}` : `module:${module.id}`,
		kind: only ? 'lesson' : 'module',
		title: only ? only.data.title : module.title,
		module: { ...module, minutes: moduleLessons.reduce((s, l) => s + l.data.minutes, 0), qr: only ? undefined : await qrFor(routes.module(module.id)) },
		lessons,
		minutes: clock,
		links: { slides: href(links.slides), notes: href(links.notes), guide: href(routes.guide(module.id)) },
		qrMissing: qrMissing(),
	};
}

/** The planned slides of a lesson of the deck, from its MDX tree (read once per build by the content check). */
export function planFor(lesson: DeckLessonInfo): LessonPlan {
	const tree = content().lessons.find((l) => l.data.id === lesson.id)?.tree;
	const facts = { minutes: lesson.minutes, keyPoints: lesson.keyPoints, quizLength: lesson.quiz?.length ?? 0 };
	return tree ? planLesson(tree, facts) : { sections: [], slides: [], quiz: [] };
}
