import { getCollection, type CollectionEntry } from 'astro:content';
import type { MdastNode } from 'satteri';
import { loadContentOnce, type LoadedContent } from '../content-layer/load-content';
import type { Course } from '../schemas/course';
import { configuredSiteUrl, hostedSite, type HostedSite } from './hosted-site';
import { slugFromFileName } from '../content-layer/read-content';
import { lessonPosition, orderLessons, type NavLesson } from './course-nav';

export type LessonEntry = CollectionEntry<'lessons'> & { nav: NavLesson };

/**
 * The checked content (course file, coverage, lesson trees): the very copy the build's content
 * check made, read once per build; made afresh in `npm run dev` when a content file changes.
 */
export function content(): LoadedContent {
	// A build's content does not change: skip looking at every file's time on each of many calls.
	if (import.meta.env.DEV) return loadContentOnce();
	built ??= loadContentOnce();
	return built;
}
let built: LoadedContent | undefined;

/** A lesson's MDX body as a syntax tree, from the one parse the content check made. */
export function lessonTree(id: string): MdastNode | undefined {
	return content().lessons.find((l) => l.data.id === id)?.tree;
}

export function getCourse(): Course {
	const { course } = content();
	if (!course) throw new Error('content/course.yaml did not load; the content check explains why.');
	return course;
}

/** The hosted site as QR codes and printed addresses see it (course.yaml siteUrl, or SITE_URL). */
export function getHostedSite(): HostedSite {
	return hostedSite(configuredSiteUrl(getCourse().siteUrl));
}

let orderedLessons: Promise<LessonEntry[]> | undefined;

/**
 * Every lesson, in course order, with what navigation needs. Made once per build and shared by
 * every page (about 2 per lesson ask for it); the dev server makes it afresh so edits show.
 */
export function getLessons(): Promise<LessonEntry[]> {
	if (import.meta.env.DEV) return readLessons();
	orderedLessons ??= readLessons();
	return orderedLessons;
}

async function readLessons(): Promise<LessonEntry[]> {
	const course = getCourse();
	const entries = await getCollection('lessons');
	const byId = new Map<string, LessonEntry>();
	for (const entry of entries) {
		const file = entry.filePath ?? `${entry.id}.mdx`;
		const nav: NavLesson = {
			id: entry.data.id,
			module: entry.data.module,
			order: entry.data.order,
			slug: slugFromFileName(file.split('/').pop()!),
			title: entry.data.title,
			minutes: entry.data.minutes,
		};
		byId.set(nav.id, { ...entry, nav });
	}
	const ordered = orderLessons(course.modules.map((m) => m.id), [...byId.values()].map((e) => e.nav));
	return ordered.map((nav) => byId.get(nav.id)!);
}

/** Where a lesson sits: its module, and its place among all lessons (for the pager and "Lesson 2 of 5"). Shared by the lesson, quiz and practice pages. */
export async function lessonPlace(lesson: LessonEntry) {
	const module = getCourse().modules.find((m) => m.id === lesson.data.module)!;
	const position = lessonPosition((await getLessons()).map((l) => l.nav), lesson.data.id);
	return { module, position };
}
