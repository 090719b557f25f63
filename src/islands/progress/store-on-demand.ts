import type { ProgressStore } from '../../lib/progress/progress-store';
import type { CourseEventMap } from '../../lib/progress-events';
import { loadLazyScript } from '../../lib/lazy-scripts';

/** What the lazy progress-store script gives: open-store.ts, built as a classic script. */
export type StoreScript = typeof import('./open-store');
export interface OpenedStore {
	store: ProgressStore;
	script: StoreScript;
}

export type CourseEvent = CourseEventMap[keyof CourseEventMap];
const COURSE_EVENTS: (keyof CourseEventMap)[] = ['quiz-answered', 'lesson-completed', 'lesson-visited'];
/** Course events sent before the store listens: handed to it, in order, once it does. */
const early: CourseEvent[] = [];
let listening = false;
let handedOver = false;
let opening: Promise<OpenedStore | undefined> | undefined;
let saveWithout: ((kept: CourseEvent[]) => void) | undefined;

/**
 * Keeps every course event (a quiz result, "done", a visit) sent while the store is not there,
 * and starts loading it: nothing the learner does is lost while the script arrives.
 */
export function keepEventsUntilStoreOpens(): void {
	if (listening) return;
	listening = true;
	for (const type of COURSE_EVENTS) {
		document.addEventListener(type, (event) => {
			if (handedOver) return;
			early.push(event);
			void openStoreOnDemand();
		});
	}
}

/**
 * How kept events are saved when the store is not there to take them: the page goes first (a slow
 * link, a learner who moves on at once) or its script cannot load. Quiz and practice pages give it
 * (keep-results.ts): a result exists only on the page that sent it. Lesson pages need none: there
 * "done" and the visit are saved at once, except inside the offline shell, where the box shows
 * (and "done" can be pressed) only once the store is there.
 */
export function saveKeptWith(save: (kept: CourseEvent[]) => void): void {
	saveWithout = save;
	window.addEventListener('pagehide', () => handedOver || save(early.splice(0)));
}

/**
 * Loads the progress store (lazy/progress-store.js) and opens it, once. The store listens for
 * course events from then on; the ones kept before are sent again for it.
 */
export function openStoreOnDemand(): Promise<OpenedStore | undefined> {
	return (opening ??= loadLazyScript<StoreScript>('progress-store').then((script) => {
		if (!script) {
			// The script did not load: what is kept is saved without it; the next event tries the script again.
			opening = undefined;
			saveWithout?.(early.splice(0));
			return undefined;
		}
		const opened = script.openProgress();
		handedOver = true;
		for (const event of early.splice(0)) document.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
		return opened.then((store) => ({ store, script }));
	}));
}
