import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_FILES } from '../../../src/search/paths';
import type { LunrPayload } from '../../../src/search/types';

/** What Pagefind stored for each page it indexed (its fragments: gzip, a 12-byte tag, then JSON). */
export function pagefindFragments(distDir: string): { url: string; content: string }[] {
	const dir = join(distDir, SEARCH_FILES.pagefindDir, 'fragment');
	return readdirSync(dir).map((name) => {
		const data = gunzipSync(readFileSync(join(dir, name)));
		return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string };
	});
}

/** The offline index as the browser gets it, read back from the built script. */
export function offlineIndex(distDir: string): LunrPayload {
	const script = readFileSync(join(distDir, SEARCH_FILES.lunrIndex), 'utf8');
	return JSON.parse(script.slice(script.indexOf('=') + 1).trim().replace(/;$/, '')) as LunrPayload;
}
