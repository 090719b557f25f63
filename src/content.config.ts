import { defineCollection } from 'astro:content';
import { lessonSchema } from './schemas/lesson';
import { adaptedLessonSchema } from './schemas/locale-content';
import { checkedLessons } from './content-layer/astro-loader';

// The id in the frontmatter, not the file name, keys a lesson: progress survives renames (and is
// shared by the French lesson that adapts it, which keeps the same id).
const lessons = defineCollection({
	loader: checkedLessons(),
	schema: lessonSchema,
});

/** French lessons (content/fr/lessons/), all optional: a module without them is read in English. */
const lessonsFr = defineCollection({
	loader: checkedLessons('fr'),
	// The loader hands over the checked data, already in the language's typography (load-locale.ts).
	schema: adaptedLessonSchema,
});

export const collections = { lessons, lessonsFr };
