import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_FILES } from '../../search/paths';

/** Pagefind's ready-made interfaces: we have our own, so they are not shipped. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/**
 * Indexes the built site with Pagefind's Node API. Pagefind reads only data-pagefind-body
 * elements, which only lesson pages carry. Returns the pages Pagefind read and its files' bytes.
 */
export async function writePagefind(outDir: string): Promise<{ pages: number; bytes: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const outputPath = join(outDir, SEARCH_FILES.pagefindDir);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
		return { pages: added.page_count, bytes: folderBytes(outputPath) };
	} finally {
		await pagefind.close();
	}
}
