import { localePath } from './url';
import type { Locale } from '../i18n/locales';

/** Site paths of the course's English pages. Pass them through `href()` before writing them in HTML. */
export const routes = {
	home: '/',
	glossary: '/glossary/',
	trainers: '/trainers/',
	about: '/about/',
	download: '/download/',
	search: '/search/',
	progress: '/progress/',
	/** A module's certificate, or the whole course's when no module is given. */
	certificate: (moduleId?: string) => (moduleId ? `/certificate/${moduleId}/` : '/certificate/'),
	module: (moduleId: string) => `/${moduleId}/`,
	lesson: (moduleId: string, slug: string) => `/${moduleId}/${slug}/`,
	/** A lesson's quiz: a page of its own, so the lesson page stays small (one thing per page). */
	lessonQuiz: (moduleId: string, slug: string) => `/${moduleId}/${slug}/quiz/`,
	/** A simulation the lesson embeds, on a page of its own; `data` names its file in content/practice/. */
	practice: (moduleId: string, slug: string, data: string) => `/${moduleId}/${slug}/practice/${data}/`,
	audience: (audienceId: string) => `/start/${audienceId}/`,
	icon: (file: string) => `/images/icons/${file}`,
	/** Workshop pages: slides to project, the trainer's notes view, guides and handouts. */
	presentLesson: (moduleId: string, slug: string) => `/present/${moduleId}/${slug}/`,
	presentModule: (moduleId: string) => `/present/${moduleId}/`,
	notesLesson: (moduleId: string, slug: string) => `/present/${moduleId}/${slug}/notes/`,
	guide: (moduleId: string) => `/trainers/${moduleId}/`,
	/** Large print is the same page with the #large-print target: it works with no script and offline. */
	handoutLesson: (moduleId: string, slug: string, largePrint = false) => `/handouts/${moduleId}/${slug}/${largePrint ? '#large-print' : ''}`,
	handoutModule: (moduleId: string, largePrint = false) => `/handouts/${moduleId}/${largePrint ? '#large-print' : ''}`,
} as const;

type Routes = typeof routes;

/** Routes whose first argument is a module id: their pages exist in a language only for its modules. */
const MODULE_ROUTES = new Set(['certificate', 'module', 'lesson', 'lessonQuiz', 'practice', 'presentLesson', 'presentModule', 'notesLesson', 'guide', 'handoutLesson', 'handoutModule']);

/**
 * The same paths for the pages of a language (French under /fr/). Pictures and icons are shared by
 * every language, so `icon` stays as it is. `hasModule` says whether a module has pages in that
 * language: the pages of a module without them are its English ones (a French page links an
 * English-only module in English). Pages get theirs from pageWords(Astro).routes.
 */
export function routesIn(locale: Locale, hasModule: (moduleId: string) => boolean = () => true): Routes {
	if (locale === 'en') return routes;
	const wrapped: Record<string, unknown> = {};
	for (const [name, route] of Object.entries(routes)) {
		if (name === 'icon') wrapped[name] = route;
		else if (typeof route === 'string') wrapped[name] = localePath(route, locale);
		else {
			const make = route as (...args: unknown[]) => string;
			wrapped[name] = (...args: unknown[]) => {
				const inEnglish = MODULE_ROUTES.has(name) && typeof args[0] === 'string' && !hasModule(args[0]);
				return inEnglish ? make(...args) : localePath(make(...args), locale);
			};
		}
	}
	return wrapped as Routes;
}
