import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { languageCode } from '../../search/language';
import { searchLanguage } from '../../search/languages/index';
import { SEARCH_FILES } from '../../search/paths';

/** Pagefind's ready-made interfaces: we have our own, so they are not shipped. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/**
 * A page as Pagefind should read it: in French, with a space after each elision ("l’ arnaque"),
 * which Pagefind would otherwise keep in one word with the next (the engine takes it out again in
 * what it shows). The page on disk is unchanged.
 */
export function forPagefind(html: string): string {
	const separate = searchLanguage(languageCode(/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1])).separateWords;
	return separate ? separate(html) : html;
}

/**
 * Indexes the lesson pages with Pagefind's Node API: only `pages` (paths under outDir), the pages
 * that carry data-pagefind-body, so Pagefind does not read the whole site (trainer pages are most
 * of its bytes). Pagefind computes each result's URL from the path, as it would from the folder.
 * Returns the pages Pagefind read and its files' bytes.
 */
export async function writePagefind(outDir: string, pages: readonly string[]): Promise<{ pages: number; bytes: number }> {
	try {
		// No forced language: Pagefind reads each page's <html lang> and keeps an index per language,
		// and the browser opens the one of the page searched from (French pages, French lessons).
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		for (const page of pages) {
			const added = await index.addHTMLFile({ sourcePath: page, content: forPagefind(readFileSync(join(outDir, page), 'utf8')) });
			if (added.errors.length) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
		}
		const outputPath = join(outDir, SEARCH_FILES.pagefindDir);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
		return { pages: pages.length, bytes: folderBytes(outputPath) };
	} finally {
		await pagefind.close();
	}
}
