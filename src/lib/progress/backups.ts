import { keysWithPrefix } from './erase-course-data';
import { BACKUP_KEY_PREFIX } from './storage-keys';

/**
 * Unreadable progress is set aside before anything overwrites it, but never without limit: a
 * browser that damages the value on every visit must not fill the storage with copies.
 */
export const MAX_BACKUPS = 3;
export const MAX_BACKUP_CHARS = 200_000;

/**
 * Keeps `raw` under a backup key, dropping the oldest backups to stay within the limits.
 * True when it is kept (or already was); false when it cannot be (too big, or storage refused).
 */
export function keepBackup(storage: Storage, raw: string, stamp: string): boolean {
	if (raw.length > MAX_BACKUP_CHARS) return false;
	try {
		// Keys hold the time they were made (ISO 8601), so sorting them puts the oldest first.
		const keys = keysWithPrefix(storage, BACKUP_KEY_PREFIX).sort();
		const sizes = new Map(keys.map((key) => [key, storage.getItem(key) ?? '']));
		if ([...sizes.values()].includes(raw)) return true;
		let total = [...sizes.values()].reduce((n, v) => n + v.length, 0);
		while (keys.length > 0 && (keys.length >= MAX_BACKUPS || total + raw.length > MAX_BACKUP_CHARS)) {
			const oldest = keys.shift()!;
			total -= sizes.get(oldest)!.length;
			storage.removeItem(oldest);
		}
		let key = `${BACKUP_KEY_PREFIX}${stamp}`;
		for (let n = 2; sizes.has(key); n++) key = `${BACKUP_KEY_PREFIX}${stamp}~${n}`;
		storage.setItem(key, raw);
		return true;
	} catch {
		return false;
	}
}
