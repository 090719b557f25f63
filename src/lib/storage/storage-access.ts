/**
 * How browser code reaches storage. Everything that keeps data on the device goes through here,
 * so that (1) a browser that refuses storage still gets a working page, and (2) in the offline
 * edition, pages shown inside the shell page (index.html of the zip) keep their data in the
 * shell's storage: Firefox gives every file:// page its own storage, so without the shell,
 * progress saved on one page would be invisible on the next.
 *
 * Usage: `await storageReady()`, then `getStorageArea()`.
 */
import { installedBridge } from './bridge-slot';
import type { AreaKind } from './shell-protocol';

const PROBE = '__cds_probe__';

/**
 * The browser's own storage of the given kind, or undefined when it is missing, disabled or cannot
 * even be read. A storage that reads but refuses writes (full, or a locked-down profile) is still
 * returned: what the learner saved must stay in view. Writers catch their errors (the progress
 * store tells the learner, see progress-store.ts).
 */
export function nativeStorageArea(kind: AreaKind): Storage | undefined {
	let area: Storage;
	try {
		area = kind === 'local' ? window.localStorage : window.sessionStorage;
		area.getItem(PROBE);
	} catch {
		return undefined;
	}
	return area;
}

/**
 * The storage of the given kind, or undefined when it is missing, disabled or throws. Inside the
 * offline shell it is a stand-in that reads the shell's values and writes through to the shell;
 * read it after `storageReady()` has resolved.
 */
export function getStorageArea(kind: AreaKind = 'local'): Storage | undefined {
	const bridge = installedBridge();
	return bridge ? bridge.area(kind) : nativeStorageArea(kind);
}

/**
 * Resolves when storage can be read. On the hosted site that is at once; inside the offline
 * shell, once the shell has handed over its saved values (or after a short wait without them,
 * when the page falls back to its own storage).
 */
export function storageReady(): Promise<void> {
	const bridge = installedBridge();
	return bridge ? bridge.ready.then(() => undefined) : Promise.resolve();
}
