import { KEY_PREFIX } from './storage-keys';

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
