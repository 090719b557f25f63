import { getCollection, type CollectionEntry } from 'astro:content';
import { loadContentOnce, type LoadedContent } from '../content-layer/load-content';
import { forgetKind } from '../content-layer/content-files';
import type { CheckedLesson } from '../content-layer/check-content';
import { digestLesson, type LessonDigest } from './lesson-digest';
import type { Course } from '../schemas/course';
import { configuredSiteUrl, hostedSite, type HostedSite } from './hosted-site';
import { slugFromFileName } from '../content-layer/read-content';
import { lessonPosition, orderLessons, type NavLesson } from './course-nav';

export type LessonEntry = CollectionEntry<'lessons'> & { nav: NavLesson };

/** A checked lesson as the pages keep it: its digest instead of its syntax tree. */
export type DigestedLesson = Omit<CheckedLesson, 'tree'> & { digest: LessonDigest };
type PageContent = Omit<LoadedContent, 'lessons'> & { lessons: DigestedLesson[]; digests: Map<string, LessonDigest> };

let built: { from?: LoadedContent; pages: PageContent } | undefined;

/**
 * The checked content (course file, coverage, guides, lessons): the very copy the build's content
 * check made, read once per build and made afresh in `npm run dev` when a content file changes.
 * Each lesson's tree is read into its digest (lesson-digest.ts): pages keep strings, not trees.
 */
export function content(): PageContent {
	// A build's content does not change: skip looking at every file's time on each of many calls.
	if (built && !import.meta.env.DEV) return built.pages;
	const loaded = loadContentOnce();
	if (!built || built.from !== loaded) built = { from: loaded, pages: digested(loaded) };
	if (!import.meta.env.DEV) {
		// A build reads its content once: let go of the parsed lessons (their syntax trees are the
		// biggest thing content holds), so they are not kept through the whole render.
		built.from = undefined;
		forgetKind('content');
		forgetKind('lesson');
	}
	return built.pages;
}

function digested(loaded: LoadedContent): PageContent {
	const lessons = loaded.lessons.map(({ tree, ...lesson }) => ({ ...lesson, digest: digestLesson({ tree, data: lesson.data }) }));
	return { ...loaded, lessons, digests: new Map(lessons.map((l) => [l.data.id, l.digest])) };
}

/** A lesson's digest by id; undefined for an id the content does not have. */
export function lessonDigest(id: string): LessonDigest | undefined {
	return content().digests.get(id);
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
