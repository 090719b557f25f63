import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_FILES, searchFiles } from '../../../src/search/paths';
import { joinParts, type LunrManifest, type LunrPart } from '../../../src/search/lunr-parts';
import type { LunrPayload } from '../../../src/search/types';

/** What Pagefind stored for each page it indexed (its fragments: gzip, a 12-byte tag, then JSON). */
export function pagefindFragments(distDir: string): { url: string; content: string }[] {
	const dir = join(distDir, SEARCH_FILES.pagefindDir, 'fragment');
	return readdirSync(dir).map((name) => {
		const data = gunzipSync(readFileSync(join(dir, name)));
		return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string };
	});
}

/** A language's offline index scripts as the browser runs them: the index, or its list and then its parts. */
export function offlineIndexScripts(distDir: string, code = 'en'): { path: string; text: string }[] {
	const read = (path: string) => ({ path, text: readFileSync(join(distDir, path), 'utf8') });
	const first = read(searchFiles(code).lunrIndex);
	const loaded = runIndexScripts([first]).CDS_SEARCH_INDEX;
	return loaded && 'parts' in loaded ? [first, ...loaded.parts.map(read)] : [first];
}

function runIndexScripts(scripts: { text: string }[]) {
	const window: { CDS_SEARCH_INDEX?: LunrPayload | LunrManifest; CDS_SEARCH_PARTS?: LunrPart[] } = {};
	for (const { text } of scripts) new Function('window', text)(window);
	return window;
}

/** A language's offline index as the browser gets it, read back from the built script(s), parts joined. */
export function offlineIndex(distDir: string, code = 'en'): LunrPayload {
	const { CDS_SEARCH_INDEX: loaded, CDS_SEARCH_PARTS: parts } = runIndexScripts(offlineIndexScripts(distDir, code));
	if (!loaded) throw new Error('no offline index');
	return 'parts' in loaded ? joinParts(loaded, parts ?? []) : loaded;
}
