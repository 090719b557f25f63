import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { checkedLessons } from '../../../src/content-layer/astro-loader';
import { loadContentOnce } from '../../../src/content-layer/load-content';

/** A stand-in for Astro's data store and loader context: what a loader writes, kept in a Map. */
function context() {
	const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; deferredRender?: boolean }>();
	const parsed: string[] = [];
	const ctx = {
		collection: 'lessons',
		config: { root: pathToFileURL(`${process.cwd()}/`) },
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
		},
		parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
		generateDigest: (value: string) => `d:${value}`,
	} as unknown as LoaderContext;
	return { ctx, entries, parsed };
}

describe('the lesson collections come from the one content reader', () => {
	it('holds every checked lesson, by id, to be compiled when a page renders it', async () => {
		const { ctx, entries } = context();
		await checkedLessons().load(ctx);
		const loaded = loadContentOnce();
		expect([...entries.keys()].sort()).toEqual(loaded.lessons.map((l) => l.data.id).sort());
		const lesson = loaded.lessons.find((l) => l.data.id === 'strong-passwords')!;
		expect(entries.get('strong-passwords')).toMatchObject({ filePath: lesson.file, deferredRender: true, data: { title: lesson.data.title } });
	});

	it('serves a language its adapted lessons, and nothing when it has none', async () => {
		const french = context();
		await checkedLessons('fr').load(french.ctx);
		expect([...french.entries.values()].every((e) => e.filePath!.startsWith('content/fr/lessons/'))).toBe(true);
		expect(french.entries.size).toBe(loadContentOnce().translations.fr?.lessons.length ?? 0);
		const none = context();
		await checkedLessons('xx').load(none.ctx);
		expect(none.entries.size).toBe(0);
	});

	it('leaves an unchanged lesson alone and drops one the content no longer has', async () => {
		const { ctx, entries, parsed } = context();
		await checkedLessons().load(ctx);
		const first = parsed.length;
		entries.set('gone-lesson', { id: 'gone-lesson', data: {}, digest: 'old' });
		await checkedLessons().load(ctx);
		expect(parsed.length).toBe(first); // nothing parsed again: every digest matched
		expect(entries.has('gone-lesson')).toBe(false);
	});
});
