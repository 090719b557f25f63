/** The little a navigation helper needs to know of a lesson. */
export interface NavLesson {
	id: string;
	module: string;
	order: number;
	slug: string;
	title: string;
	minutes: number;
}

/** Lessons in course order: by the module's place in the course, then by `order`. */
export function orderLessons<L extends NavLesson>(moduleIds: string[], lessons: L[]): L[] {
	const rank = new Map(moduleIds.map((id, i) => [id, i]));
	return [...lessons]
		.filter((l) => rank.has(l.module))
		.sort((a, b) => rank.get(a.module)! - rank.get(b.module)! || a.order - b.order);
}

export function lessonsOfModule<L extends NavLesson>(moduleId: string, lessons: L[]): L[] {
	return lessons.filter((l) => l.module === moduleId).sort((a, b) => a.order - b.order);
}

/** Where a lesson stands: its number in its module, and the lessons before and after it in the course. */
export function lessonPosition<L extends NavLesson>(ordered: L[], id: string): { index: number; total: number; previous?: L; next?: L } {
	const at = ordered.findIndex((l) => l.id === id);
	if (at < 0) throw new Error(`Unknown lesson "${id}".`);
	const lesson = ordered[at]!;
	const inModule = ordered.filter((l) => l.module === lesson.module);
	return {
		index: inModule.findIndex((l) => l.id === id) + 1,
		total: inModule.length,
		previous: ordered[at - 1],
		next: ordered[at + 1],
	};
}

export function totalMinutes(lessons: { minutes: number }[]): number {
	return lessons.reduce((sum, l) => sum + l.minutes, 0);
}
