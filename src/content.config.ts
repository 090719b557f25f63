import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { contentFolder } from './content-layer/read-content';

const lessons = defineCollection({
	// The id in the frontmatter, not the file name, keys a lesson: progress survives renames.
	loader: glob({ pattern: '**/*.mdx', base: `./${contentFolder()}/lessons`, generateId: ({ data }) => String(data.id) }),
	schema: lessonSchema,
});

export const collections = { lessons };
