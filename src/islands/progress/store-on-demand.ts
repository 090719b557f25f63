import type { ProgressStore } from '../../lib/progress/progress-store';
import type { CourseEventMap } from '../../lib/progress-events';
import { loadLazyScript } from '../../lib/lazy-scripts';

/** What the lazy progress-store script gives: open-store.ts, built as a classic script. */
export type StoreScript = typeof import('./open-store');
export interface OpenedStore {
	store: ProgressStore;
	script: StoreScript;
}

const COURSE_EVENTS: (keyof CourseEventMap)[] = ['quiz-answered', 'lesson-completed', 'lesson-visited'];
/** Course events sent before the store listens: handed to it, in order, once it does. */
const early: CustomEvent[] = [];
let listening = false;
let handedOver = false;
let opening: Promise<OpenedStore | undefined> | undefined;

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
 * Loads the progress store (lazy/progress-store.js) and opens it, once. The store listens for
 * course events from then on; the ones kept before are sent again for it.
 */
export function openStoreOnDemand(): Promise<OpenedStore | undefined> {
	return (opening ??= loadLazyScript<StoreScript>('progress-store').then((script) => {
		if (!script) return undefined;
		const opened = script.openProgress();
		handedOver = true;
		for (const event of early.splice(0)) document.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
		return opened.then((store) => ({ store, script }));
	}));
}
