import { isCourseKey, type AreaKind, type Entries, type PageMessage, type Refusal, type Refusals, type ShellMessage } from './shell-protocol';

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

const isQuota = (error: unknown) =>
	error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** What the shell remembers for as long as it is open: areas that refused, and the values they refused. */
export interface ShellMemory {
	refused: Refusals;
	unsaved: Record<AreaKind, Entries>;
}
export const shellMemory = (): ShellMemory => ({ refused: {}, unsaved: { local: {}, session: {} } });

/**
 * What the shell does with a (checked) storage message from its page: saves or removes a value,
 * or answers a request with a snapshot. Only `cds:` keys are ever written or read.
 * A write that fails is never swallowed: the page is told (`cds:storage-failed`), and `memory`
 * (kept by the shell while it is open) makes later snapshots say so, until a write works again.
 * The refused values stay in the shell's memory and go out with snapshots, so the next page still
 * shows (and can export) what the learner did, until the window is closed.
 */
export function answerPageMessage(message: PageMessage, areas: ShellAreas, memory: ShellMemory = shellMemory()): ShellMessage | undefined {
	switch (message.type) {
		case 'cds:storage-request': {
			const refused: Refusals = { ...memory.refused };
			for (const kind of ['local', 'session'] as const) if (!areas[kind]) refused[kind] = 'blocked';
			const local = { ...courseEntries(areas.local), ...memory.unsaved.local };
			const session = { ...courseEntries(areas.session), ...memory.unsaved.session };
			return { type: 'cds:storage-snapshot', id: message.id, local, session, refused };
		}
		case 'cds:storage-set': {
			if (!isCourseKey(message.key)) return undefined;
			const area = areas[message.area];
			let reason: Refusal | undefined = area ? undefined : 'blocked';
			try {
				if (message.value === null) area?.removeItem(message.key);
				else area?.setItem(message.key, message.value);
			} catch (error) {
				reason = isQuota(error) ? 'quota' : 'blocked';
			}
			const unsaved = memory.unsaved[message.area];
			if (!reason || message.value === null) delete unsaved[message.key];
			if (!reason) {
				// Only a value saved proves there is room again (removing works on a full storage too).
				if (message.value !== null) delete memory.refused[message.area];
				return undefined;
			}
			if (message.value !== null) unsaved[message.key] = message.value;
			memory.refused[message.area] = reason;
			return { type: 'cds:storage-failed', area: message.area, reason };
		}
		case 'cds:storage-clear': {
			const area = areas[message.area];
			memory.unsaved[message.area] = {};
			for (const key of Object.keys(courseEntries(area))) {
				try {
					area?.removeItem(key);
				} catch {
					// Keep going: erase all that can be erased.
				}
			}
			return undefined;
		}
		default:
			return undefined;
	}
}
