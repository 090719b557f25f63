/**
 * How browser code reaches storage. Everything that keeps data on the device goes through here,
 * so that (1) a browser that refuses storage still gets a working page, and (2) the offline
 * edition can swap in its bridge to the shell page's storage (see the offline issue) in one place.
 */

/** The browser's storage of the given kind, or undefined when it is missing, disabled or throws. */
export function getStorageArea(kind: 'local' | 'session' = 'local'): Storage | undefined {
	try {
		const area = kind === 'local' ? window.localStorage : window.sessionStorage;
		const probe = '__cds_probe__';
		area.setItem(probe, '1');
		area.removeItem(probe);
		return area;
	} catch {
		return undefined;
	}
}

/**
 * Resolves when storage can be read. On the hosted site that is at once; the offline edition's
 * bridge resolves it once the shell page has handed over its saved values.
 */
export function storageReady(): Promise<void> {
	return Promise.resolve();
}
