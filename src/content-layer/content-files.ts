import { appendFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * The one cache of content files. Every reader of content/ (the content check, astro.config's
 * site address, the pages, the search index, the offline and SCORM packagers) goes through
 * `readOnce`, so each file is read and parsed once per process.
 *
 * It lives on globalThis, not in this module: astro.config and its integrations load this file
 * in one module graph and the pages in another (Vite's), in the same process; both must share
 * one copy. Entries are keyed by the file's modification time and size, so `npm run dev` sees
 * an edit on the next page load instead of keeping a stale copy.
 */
interface Entry {
	stamp: string;
	value: unknown;
}

interface Store {
	entries: Map<string, Entry>;
	/** How many times each file was parsed, by kind: the test of "parsed once" reads it. */
	parses: Map<string, number>;
	/** Set by `astro build` (freezeContentFiles): folder stamps are then taken once, not on every page. */
	frozenStamps?: Map<string, string>;
}

const key = Symbol.for('community-digital-skills.content-files');
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[key] ??= { entries: new Map(), parses: new Map() });

/** What changes when a file is written: its time and size ("missing" for no file). */
export function fileStamp(path: string): string {
	try {
		const stat = statSync(path);
		return `${stat.mtimeMs}:${stat.size}`;
	} catch {
		return 'missing';
	}
}

/**
 * Says the content cannot change for the rest of this process (`astro build`): a folder's stamp is
 * then taken once. Pages ask for the loaded content many times each; walking content/ for every
 * ask cost a 1000-lesson build about 70 s of stat calls. `npm run dev` never freezes.
 */
export function freezeContentFiles(): void {
	store.frozenStamps ??= new Map();
}

/** The stamps of every file under a folder: changes when any file is written, added or removed. */
export function folderStamp(dir: string): string {
	const frozen = store.frozenStamps?.get(dir);
	if (frozen !== undefined) return frozen;
	const stamp = walkStamps(dir);
	store.frozenStamps?.set(dir, stamp);
	return stamp;
}

function walkStamps(dir: string): string {
	const parts: string[] = [];
	const visit = (folder: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) visit(path);
			else parts.push(`${path}=${fileStamp(path)}`);
		}
	};
	visit(dir);
	return parts.join('\n');
}

/**
 * The result of `parse` for a file, made once while the file is unchanged. `kind` names what
 * is made of it ("yaml", "lesson", "course" ...): one file may be both read as YAML and validated.
 * `stamp` defaults to the file's; pass `folderStamp(dir)` for a result made from a whole folder.
 * With CONTENT_PARSE_LOG set, each parse appends "kind path" to that file (the build test reads it).
 */
export function readOnce<T>(kind: string, path: string, parse: () => T, stamp: string = fileStamp(path)): T {
	const id = `${kind}\0${path}`;
	const cached = store.entries.get(id);
	if (cached && cached.stamp === stamp) return cached.value as T;
	const value = parse();
	store.entries.set(id, { stamp, value });
	store.parses.set(id, (store.parses.get(id) ?? 0) + 1);
	if (process.env.CONTENT_PARSE_LOG) appendFileSync(process.env.CONTENT_PARSE_LOG, `${kind} ${path}\n`);
	return value;
}

/** How many times each file was parsed as `kind` in this process, by path. */
export function parseCounts(kind: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [id, n] of store.parses) {
		const [k, path] = id.split('\0') as [string, string];
		if (k === kind) counts.set(path, n);
	}
	return counts;
}

/**
 * Lets go of every cached result of one kind (its parse counts stay). A build calls it once the
 * pages have what they need, so the parsed lessons do not stay in memory for the whole render.
 */
export function forgetKind(kind: string): void {
	for (const id of store.entries.keys()) if (id.startsWith(`${kind}\0`)) store.entries.delete(id);
}

/** Forgets every cached file and count (tests start from nothing). */
export function clearContentFiles(): void {
	store.entries.clear();
	store.parses.clear();
	delete store.frozenStamps;
}
