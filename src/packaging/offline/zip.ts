import { zipSync, type Zippable } from 'fflate';

/** Already-compressed formats are stored as they are: deflating them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|mp4|webm|mp3|ogg)$/i;

/**
 * A zip that is the same bytes for the same files: entries sorted by path, one fixed timestamp.
 * fflate writes the timestamp from the Date's local-time fields, so the date is rebuilt from its
 * UTC fields as a local date: the bytes then do not depend on the machine's time zone.
 */
export function deterministicZip(files: Map<string, Uint8Array>, date: Date): Uint8Array {
	const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
	const entries: Zippable = {};
	for (const path of [...files.keys()].sort()) {
		// A name such as "2024" would be an integer key, which objects list first: keep the order honest.
		if (/^\d+$/.test(path)) throw new Error(`Cannot zip a root file named only with digits: ${path}`);
		entries[path] = [files.get(path)!, { level: STORED.test(path) ? 0 : 6, mtime }];
	}
	return zipSync(entries);
}
