import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContentOnce } from './load-content';
import { contentRoot } from './read-content';
import type { CheckedLesson } from './check-content';

/**
 * Astro's lesson collections, served from the one reader of content/ (loadContentOnce): the very
 * lessons the build's content check read and passed, so no page meets a lesson the check did not
 * see, and no lesson file is read and parsed a second time to fill a collection. Astro still
 * compiles each MDX file when a page renders it (deferredRender), as its own glob loader does.
 * `locale` picks another language's adapted lessons (content/<locale>/lessons/).
 */
export function checkedLessons(locale?: string): Loader {
	return {
		name: locale ? `checked-lessons-${locale}` : 'checked-lessons',
		load: async (context) => {
			await sync(context, locale);
			// In `npm run dev`: a change under content/ refreshes the collection from the re-read content.
			const root = contentRoot(fileURLToPath(context.config.root));
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(root)) void sync(context, locale);
			});
		},
	};
}

async function sync({ store, parseData, generateDigest, config }: LoaderContext, locale: string | undefined): Promise<void> {
	const projectRoot = fileURLToPath(config.root);
	const loaded = loadContentOnce(projectRoot);
	const lessons: CheckedLesson[] = locale ? (loaded.translations[locale]?.lessons ?? []) : loaded.lessons;
	const kept = new Set<string>();
	for (const lesson of lessons) {
		const id = lesson.data.id;
		kept.add(id);
		// The file's size and time stand for its text: a changed file gets a new digest without being read again.
		const { size, mtimeMs } = statSync(join(projectRoot, lesson.file));
		const digest = generateDigest(`${lesson.file}:${size}:${mtimeMs}`);
		if (store.get(id)?.digest === digest) continue;
		// The checked data, not the raw frontmatter: another language's is already in its typography.
		const data = await parseData({ id, data: lesson.data as Record<string, unknown>, filePath: join(projectRoot, lesson.file) });
		store.set({ id, data, filePath: lesson.file, digest, deferredRender: true });
	}
	for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}
