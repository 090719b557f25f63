/**
 * The messages a course page and the offline shell page (index.html at the root of the zip)
 * exchange with postMessage. Both sides check every message with the readers below: a message
 * of the wrong shape, or a key outside the course's `cds:` namespace, is ignored.
 */

/** Only keys in this namespace cross the bridge; the shell refuses any other key. */
export const KEY_PREFIX = 'cds:';
const MAX_KEY_LENGTH = 200;
/** Progress of a whole course is a few kilobytes; this bound only stops runaway values. */
const MAX_VALUE_LENGTH = 1_000_000;
const MAX_TITLE_LENGTH = 500;
const MAX_HREF_LENGTH = 4_000;

export type AreaKind = 'local' | 'session';
export type Entries = Record<string, string>;
/** Why the shell could not save: its storage is full, or the browser refuses it storage. */
export type Refusal = 'quota' | 'blocked';
export type Refusals = Partial<Record<AreaKind, Refusal>>;

/** Page -> shell. */
export type PageMessage =
	/** Asks for every saved `cds:` value; the shell answers with a snapshot carrying the same id. */
	| { type: 'cds:storage-request'; id: string }
	/** Saves (value is a string) or removes (value is null) one key. */
	| { type: 'cds:storage-set'; area: AreaKind; key: string; value: string | null }
	/** Removes every `cds:` key of one area. */
	| { type: 'cds:storage-clear'; area: AreaKind }
	/** Tells the shell which page is showing, so it can update the address and the window title. */
	| { type: 'cds:page'; href: string; title: string };

/** Shell -> page. */
export type ShellMessage =
	/** `refused` names the areas whose last write failed (or that the shell cannot use at all). */
	| { type: 'cds:storage-snapshot'; id: string; local: Entries; session: Entries; refused: Refusals }
	/** A write the page sent was not saved: the page must not believe it was. */
	| { type: 'cds:storage-failed'; area: AreaKind; reason: Refusal }
	/** The learner pressed Ctrl+P while the shell had focus: the page prints itself. */
	| { type: 'cds:print' };

export const isCourseKey = (key: unknown): key is string =>
	typeof key === 'string' && key.startsWith(KEY_PREFIX) && key.length <= MAX_KEY_LENGTH;

const isValue = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_VALUE_LENGTH;
const isArea = (area: unknown): area is AreaKind => area === 'local' || area === 'session';
const isRefusal = (reason: unknown): reason is Refusal => reason === 'quota' || reason === 'blocked';
const isId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100;
const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

/** The course entries of a snapshot, or undefined when any entry is malformed. */
function readEntries(data: unknown): Entries | undefined {
	if (!isRecord(data)) return undefined;
	const entries: Entries = {};
	for (const [key, value] of Object.entries(data)) {
		if (!isCourseKey(key) || !isValue(value)) return undefined;
		entries[key] = value;
	}
	return entries;
}

/** A page's message as the shell may act on it, or undefined when it is not one. */
export function readPageMessage(data: unknown): PageMessage | undefined {
	if (!isRecord(data)) return undefined;
	switch (data.type) {
		case 'cds:storage-request':
			return isId(data.id) ? { type: data.type, id: data.id } : undefined;
		case 'cds:storage-set':
			if (!isArea(data.area) || !isCourseKey(data.key)) return undefined;
			if (data.value !== null && !isValue(data.value)) return undefined;
			return { type: data.type, area: data.area, key: data.key, value: data.value };
		case 'cds:storage-clear':
			return isArea(data.area) ? { type: data.type, area: data.area } : undefined;
		case 'cds:page':
			if (typeof data.href !== 'string' || data.href.length > MAX_HREF_LENGTH) return undefined;
			if (typeof data.title !== 'string') return undefined;
			return { type: data.type, href: data.href, title: data.title.slice(0, MAX_TITLE_LENGTH) };
		default:
			return undefined;
	}
}

/** The shell's message as a page may act on it, or undefined when it is not one. */
export function readShellMessage(data: unknown): ShellMessage | undefined {
	if (!isRecord(data)) return undefined;
	if (data.type === 'cds:print') return { type: 'cds:print' };
	if (data.type === 'cds:storage-failed') return isArea(data.area) && isRefusal(data.reason) ? { type: data.type, area: data.area, reason: data.reason } : undefined;
	if (data.type !== 'cds:storage-snapshot' || !isId(data.id)) return undefined;
	const local = readEntries(data.local);
	const session = readEntries(data.session);
	const refused: Refusals = {};
	if (isRecord(data.refused)) for (const area of ['local', 'session'] as const) if (isRefusal(data.refused[area])) refused[area] = data.refused[area];
	return local && session ? { type: data.type, id: data.id, local, session, refused } : undefined;
}

/** File pages post from an opaque origin: Chromium reports it as "file://", Firefox as "null". */
export const isFileOrigin = (origin: string): boolean => origin === 'null' || origin === 'file://';
