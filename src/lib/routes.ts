/** Site paths of the course's pages. Pass them through `href()` before writing them in HTML. */
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
