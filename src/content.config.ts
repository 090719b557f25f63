import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

// CONTENT_ROOT lets the benchmark build another set of lessons with the same code.
const root = process.env.CONTENT_ROOT ?? 'content';

const lessons = defineCollection({
	// The id in the frontmatter, not the file name, keys a lesson: progress survives renames.
	loader: glob({ pattern: '**/*.mdx', base: `./${root}/lessons`, generateId: ({ data }) => String(data.id) }),
	schema: lessonSchema,
});

export const collections = { lessons };
