import { defineCollection } from 'astro:content';
import { lessonSchema } from './schemas/lesson';
import { adaptedLessonSchema } from './schemas/locale-content';
import { checkedLessons } from './content-layer/astro-loader';
import { typesetFrench } from './i18n/french-typography';

// The id in the frontmatter, not the file name, keys a lesson: progress survives renames (and is
// shared by the French lesson that adapts it, which keeps the same id).
const lessons = defineCollection({
	loader: checkedLessons(),
	schema: lessonSchema,
});

/** French lessons (content/fr/lessons/), all optional: a module without them is read in English. */
const lessonsFr = defineCollection({
	loader: checkedLessons('fr'),
	// The body gets French spacing from the Markdown plugin; the frontmatter (title, quiz...) here.
	schema: adaptedLessonSchema.transform(typesetFrench),
});

export const collections = { lessons, lessonsFr };
