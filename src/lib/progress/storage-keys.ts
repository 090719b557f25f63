/**
 * Every key the course stores starts with `cds:`, so "Forget me on this computer" can find and
 * erase them all, including ones added later (the text size uses `cds:text-size`).
 */
export const KEY_PREFIX = 'cds:';
/** The learner's progress document (one key; the version is inside the value). */
export const PROGRESS_KEY = 'cds:progress';
/** Unreadable values found under PROGRESS_KEY are set aside here, with the time they were found. */
export const BACKUP_KEY_PREFIX = 'cds:progress-backup:';
/** Set (in localStorage) when the learner says this is a shared computer. */
export const SHARED_KEY = 'cds:shared-computer';
/** The name for certificates, kept only when the learner asks. */
export const NAME_KEY = 'cds:learner-name';

/** Keys of an area that start with a prefix. Never throws. */
export function keysWithPrefix(area: Storage, prefix: string): string[] {
	const keys: string[] = [];
	try {
		for (let i = 0; i < area.length; i++) {
			const key = area.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
	} catch {
		// A storage that refuses to list its keys has nothing we can erase.
	}
	return keys;
}

/** Erases every key of the course from an area; returns how many it erased. */
export function eraseCourseData(area: Storage): number {
	const keys = keysWithPrefix(area, KEY_PREFIX);
	for (const key of keys) {
		try {
			area.removeItem(key);
		} catch {
			// Keep going: erase all that can be erased.
		}
	}
	return keys.length;
}
