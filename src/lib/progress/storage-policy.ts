import { isSharedComputer } from './shared-computer';
import { NAME_KEY, PROGRESS_KEY, SHARED_KEY } from './storage-keys';

/** The two storage areas of the browser (either may be missing when the browser refuses storage). */
export interface StorageAreas {
	local: Storage | undefined;
	session: Storage | undefined;
}

/** Where the learner's own data (progress, name) lives: sessionStorage on a shared computer, else localStorage. */
export function learnerArea(areas: StorageAreas): Storage | undefined {
	return isSharedComputer(areas.local) ? areas.session : areas.local;
}

/** The name the learner asked to keep for their certificates, if any. */
export function savedLearnerName(areas: StorageAreas): string | undefined {
	try {
		return learnerArea(areas)?.getItem(NAME_KEY) || undefined;
	} catch {
		return undefined; // No storage: the learner types the name each time.
	}
}

/** Keeps the name beside the progress when the learner asks (`remember`), else forgets it. */
export function keepLearnerName(areas: StorageAreas, name: string, remember: boolean): void {
	try {
		const area = learnerArea(areas);
		if (remember && name.trim()) area?.setItem(NAME_KEY, name.trim());
		else area?.removeItem(NAME_KEY);
	} catch {
		// Not kept: the certificate still prints with the name typed.
	}
}

/**
 * Turns shared-computer mode on or off: the name moves to the other area, the flag is set
 * first (other tabs follow it before the old copy disappears), then `moveProgressTo` moves the
 * progress (the store merges it with what is there), then the old copies go.
 */
export function switchSharedComputer(areas: StorageAreas, shared: boolean, moveProgressTo: (area: Storage | undefined) => void): void {
	const { local, session } = areas;
	const [from, to] = shared ? [local, session] : [session, local];
	const name = from?.getItem(NAME_KEY);
	if (name) to?.setItem(NAME_KEY, name);
	if (shared) local?.setItem(SHARED_KEY, '1');
	else local?.removeItem(SHARED_KEY);
	moveProgressTo(to);
	from?.removeItem(PROGRESS_KEY);
	from?.removeItem(NAME_KEY);
}
