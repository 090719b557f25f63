import { isCourseKey, type AreaKind, type Entries, type PageMessage, type ShellMessage } from './shell-protocol';

/** The shell page's own storage areas; either may be missing when the browser refuses storage. */
export type ShellAreas = Partial<Record<AreaKind, Storage>>;

/** Every `cds:` entry of a storage area. */
export function courseEntries(area: Storage | undefined): Entries {
	const entries: Entries = {};
	if (!area) return entries;
	try {
		for (let i = 0; i < area.length; i++) {
			const key = area.key(i);
			if (!isCourseKey(key)) continue;
			const value = area.getItem(key);
			if (value !== null) entries[key] = value;
		}
	} catch {
		// Storage refused while reading: hand over what was read.
	}
	return entries;
}

/**
 * What the shell does with a (checked) storage message from its page: saves or removes a value,
 * or answers a request with a snapshot. Only `cds:` keys are ever written or read.
 */
export function answerPageMessage(message: PageMessage, areas: ShellAreas): ShellMessage | undefined {
	try {
		switch (message.type) {
			case 'cds:storage-request':
				return { type: 'cds:storage-snapshot', id: message.id, local: courseEntries(areas.local), session: courseEntries(areas.session) };
			case 'cds:storage-set': {
				if (!isCourseKey(message.key)) return undefined;
				const area = areas[message.area];
				if (message.value === null) area?.removeItem(message.key);
				else area?.setItem(message.key, message.value);
				return undefined;
			}
			case 'cds:storage-clear': {
				const area = areas[message.area];
				for (const key of Object.keys(courseEntries(area))) area?.removeItem(key);
				return undefined;
			}
			default:
				return undefined;
		}
	} catch {
		// Storage full or refused: the page keeps working with what it holds in memory.
		return undefined;
	}
}
