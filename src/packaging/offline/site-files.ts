import { isOfflineZipName } from '../../lib/offline-edition';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as sorted paths with "/" from that folder. */
export function listFiles(dir: string): string[] {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/**
 * Whether a built file belongs in the offline copy. Left out: Pagefind (it cannot run from
 * file://; the search uses its own index there), earlier zips, and Vite's ES module chunks
 * (their code is in the copy's classic scripts, _offline/scripts/).
 */
export function belongsInCopy(path: string): boolean {
	if (path.startsWith('pagefind/')) return false;
	if (isOfflineZipName(path)) return false;
	if (/^_astro\/.*\.m?js$/.test(path)) return false;
	return true;
}
