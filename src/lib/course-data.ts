import { getCollection, type CollectionEntry } from 'astro:content';
import { loadContentOnce, type LoadedContent } from '../content-layer/load-content';
import { forgetKind } from '../content-layer/content-files';
import type { CheckedLesson } from '../content-layer/check-content';
import type { LessonDigest } from './lesson-digest';
import { digestOf } from '../content-layer/release-trees';
import type { Course } from '../schemas/course';
import { configuredSiteUrl, hostedSite, type HostedSite } from './hosted-site';
import { slugFromFileName } from '../content-layer/read-content';
import { lessonPosition, orderLessons, type NavLesson } from './course-nav';
import type { Locale } from '../i18n/locales';
import type { Guide } from '../schemas/guide';

/** A lesson as pages render it: English (collection "lessons") or adapted (collection "lessonsFr"). */
export type LessonEntry = (CollectionEntry<'lessons'> | CollectionEntry<'lessonsFr'>) & { nav: NavLesson };

/** A checked lesson as the pages keep it: its digest instead of its syntax tree. */
export type DigestedLesson = Omit<CheckedLesson, 'tree'> & { digest: LessonDigest };
type PageContent = Omit<LoadedContent, 'lessons'> & { lessons: DigestedLesson[]; digests: Map<string, LessonDigest>; localeDigests: Map<string, Map<string, LessonDigest>> };

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

/**
 * The checked lessons of a language (English, or the adapted ones of content/<locale>/), from the
 * pages' copy: asking loadContentOnce here, after content() let the parsed lessons go, parsed every
 * lesson again (a 1000-lesson build: twice, 6 s, and every syntax tree back in memory).
 */
function checkedLessons(locale: Locale) {
	const pages = content();
	return locale === 'en' ? pages.lessons : (pages.translations[locale]?.lessons ?? []);
}

function digested(loaded: LoadedContent): PageContent {
	const lessons = loaded.lessons.map((lesson) => {
		// A copy without the tree (a build's content check may have let it go already: release-trees.ts).
		const { tree: _tree, ...rest } = { ...lesson };
		return { ...rest, digest: digestOf(lesson) };
	});
	const localeDigests = new Map(Object.entries(loaded.translations).map(([locale, c]) => [locale, new Map(c.lessons.map((l) => [l.data.id, digestOf(l)]))]));
	return { ...loaded, lessons, digests: new Map(lessons.map((l) => [l.data.id, l.digest])), localeDigests };
}

/** A lesson's digest by id; undefined for an id the content does not have. */
export function lessonDigest(id: string, locale: Locale = 'en'): LessonDigest | undefined {
	return locale === 'en' ? content().digests.get(id) : content().localeDigests.get(locale)?.get(id);
}

/**
 * The course file, in a language: content/<locale>/course.yaml's titles, descriptions and outcomes
 * over the English ones (what it leaves out stays English).
 */
export function getCourse(locale: Locale = 'en'): Course {
	const { course, translations } = content();
	if (!course) throw new Error('content/course.yaml did not load; the content check explains why.');
	const text = locale === 'en' ? undefined : translations[locale]?.courseText;
	if (!text) return course;
	const audiences = new Map((text.audiences ?? []).map((a) => [a.id, a]));
	const modules = new Map((text.modules ?? []).map((m) => [m.id, m]));
	return {
		...course,
		title: text.title ?? course.title,
		tagline: text.tagline ?? course.tagline,
		audiences: course.audiences.map((a) => ({ ...a, ...defined(audiences.get(a.id)) })),
		modules: course.modules.map((m) => ({ ...m, ...defined(modules.get(m.id)) })),
	};
}

/** An object's set keys only: an absent translation never hides the English text. */
function defined<T extends object>(value: T | undefined): Partial<T> {
	return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The language a module's pages are read in from a page in `locale`: that language when it has
 * lessons of the module, else English (a French page links an English-only module's English pages).
 */
export function moduleLocale(moduleId: string, locale: Locale): Locale {
	if (locale === 'en') return 'en';
	return checkedLessons(locale).some((l) => l.data.module === moduleId) ? locale : 'en';
}

/** The modules of a course, those readable in `locale` first (course order kept within each group). */
export function modulesFirstIn<M extends { id: string }>(modules: M[], locale: Locale): M[] {
	return [...modules.filter((m) => moduleLocale(m.id, locale) === locale), ...modules.filter((m) => moduleLocale(m.id, locale) !== locale)];
}

/** A module's facilitator guide in a language (English for a module without one there). */
export function guideOf(moduleId: string, locale: Locale = 'en'): Guide | undefined {
	const { guides, translations } = content();
	return (locale === 'en' ? undefined : translations[locale]?.guides[moduleId]) ?? guides[moduleId];
}

/** The hosted site as QR codes and printed addresses see it (course.yaml siteUrl, or SITE_URL). */
export function getHostedSite(): HostedSite {
	return hostedSite(configuredSiteUrl(getCourse().siteUrl));
}

/** Each language's lesson collection (src/content.config.ts). */
const lessonCollections = { en: 'lessons', fr: 'lessonsFr' } as const satisfies Record<Locale, string>;

const orderedLessons = new Map<Locale, Promise<LessonEntry[]>>();

/**
 * Every lesson of a language, in course order, with what navigation needs: English, or the
 * adapted lessons of content/<locale>/ (same ids, so progress is shared). Made once per build
 * and shared by every page; the dev server makes it afresh so edits show.
 */
export function getLessons(locale: Locale = 'en'): Promise<LessonEntry[]> {
	if (import.meta.env.DEV) return readLessons(locale);
	if (!orderedLessons.has(locale)) orderedLessons.set(locale, readLessons(locale));
	return orderedLessons.get(locale)!;
}

async function readLessons(locale: Locale): Promise<LessonEntry[]> {
	const course = getCourse(locale);
	const entries: (CollectionEntry<'lessons'> | CollectionEntry<'lessonsFr'>)[] = await getCollection(lessonCollections[locale]);
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
	// Only the lessons the content check passed: a French lesson that does not match its English one is left out (and the build fails).
	const checked = new Set(checkedLessons(locale).map((l) => l.data.id));
	const ordered = orderLessons(course.modules.map((m) => m.id), [...byId.values()].filter((e) => checked.has(e.nav.id)).map((e) => e.nav));
	return ordered.map((nav) => byId.get(nav.id)!);
}

/** Where a lesson sits: its module, and its place among all lessons (for the pager and "Lesson 2 of 5"). Shared by the lesson, quiz and practice pages. */
export async function lessonPlace(lesson: LessonEntry, locale: Locale = 'en') {
	const module = getCourse(locale).modules.find((m) => m.id === lesson.data.module)!;
	const position = lessonPosition((await getLessons(locale)).map((l) => l.nav), lesson.data.id);
	return { module, position };
}

/**
 * The course as a page in `locale` lists it: each module's lessons in that language when the module
 * has them there, else its English lessons (links then go to the English pages: pageWords' routes).
 */
export async function getCatalogue(locale: Locale = 'en'): Promise<LessonEntry[]> {
	if (locale === 'en') return getLessons('en');
	const [english, adapted] = await Promise.all([getLessons('en'), getLessons(locale)]);
	return english.flatMap((l) => (moduleLocale(l.nav.module, locale) === locale ? [] : [l])).concat(adapted).sort((a, b) => order(a) - order(b));
	function order(l: LessonEntry) {
		return english.findIndex((e) => e.nav.id === l.nav.id);
	}
}
