import { loadContent } from '../../../src/content-layer/load-content';

/** What a search result for a lesson shows, read from the content, so tests follow the lessons. */
export function lessonFacts(id: string): { title: string; module: string; minutes: number; path: string } {
	const content = loadContent();
	const lesson = content.lessons.find((l) => l.data.id === id);
	if (!lesson) throw new Error(`No lesson with id "${id}" in content/.`);
	const module = content.course!.modules.find((m) => m.id === lesson.data.module)!;
	return { title: lesson.data.title, module: module.title, minutes: lesson.data.minutes, path: `/${lesson.folder}/${lesson.slug}/` };
}
