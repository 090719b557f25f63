import type { Scorm12Api } from './scorm12-api';

/** How many frames up the walk goes: the limit the ADL's own discovery script uses. */
const MAX_HOPS = 7;

/** A window as the walk sees it; a test passes plain objects. */
export interface ApiWindow {
	API?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
	typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';

/** `win.API`, or undefined when there is none or another origin hides it (reading it throws). */
function apiOf(win: ApiWindow | null | undefined): Scorm12Api | undefined {
	try {
		const api = win?.API;
		return isApi(api) ? api : undefined;
	} catch {
		return undefined;
	}
}

/** Looks in a window, then in its parents, up to MAX_HOPS frames. */
function searchUp(start: ApiWindow | null | undefined): Scorm12Api | undefined {
	let win = start;
	for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
		const api = apiOf(win);
		if (api) return api;
		let parent: ApiWindow | null | undefined;
		try {
			parent = win.parent;
		} catch {
			return undefined;
		}
		if (!parent || parent === win) return undefined;
		win = parent;
	}
	return undefined;
}

/**
 * The SCORM 1.2 run-time's standard discovery: `window.API` in this window or a parent frame,
 * then in the window that opened this one (a platform that launches the course in a new window)
 * and its parents. Undefined outside a learning platform.
 */
export function findApi(win: ApiWindow): Scorm12Api | undefined {
	const found = searchUp(win);
	if (found) return found;
	let opener: ApiWindow | null | undefined;
	try {
		opener = win.opener;
	} catch {
		return undefined;
	}
	return opener ? searchUp(opener) : undefined;
}
