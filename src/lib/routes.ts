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
	audience: (audienceId: string) => `/start/${audienceId}/`,
	icon: (file: string) => `/images/icons/${file}`,
} as const;
