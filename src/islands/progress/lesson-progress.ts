import { dispatchCourseEvent } from '../../lib/progress-events';
import { own, savedTime } from '../../lib/progress/progress-format';
import { markedDone, visited } from '../../lib/progress/record-changes';
import { lessonView, saveWithoutStore, type LessonView } from '../../lib/progress/save-without-store';
import { isSharedComputer } from '../../lib/progress/shared-computer';
import { PROGRESS_KEY, SHARED_KEY } from '../../lib/progress/storage-keys';
import { getStorageArea, storageReady } from '../../lib/storage/storage-access';
import { installedBridge } from '../../lib/storage/bridge-slot';
import { keepEventsUntilStoreOpens, openStoreOnDemand } from './store-on-demand';
import { fill } from '../../i18n/fill';
import { startAll } from '../../lib/start-all';

/** The learner's first act on the page: a touch, a key, focus, a wheel or a scroll. */
const FIRST_ACTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];

function whenLearnerActs(start: () => void): void {
	const once = () => {
		for (const type of FIRST_ACTS) window.removeEventListener(type, once, true);
		start();
	};
	for (const type of FIRST_ACTS) window.addEventListener(type, once, { capture: true, passive: true });
}

/**
 * The lesson page (and its quiz and practice pages): records the visit, runs "Mark this lesson as
 * done" (and its undo) and shows the best quiz score.
 * When storage is plain, the visit is saved without the progress store (save-without-store.ts), and
 * the store loads at the learner's first act; "done" pressed before it is there is saved the same
 * way at once, so leaving the page at once loses nothing. Every change is also handed to the store
 * when it opens, which keeps it safe from another tab's writes, as it does for its own changes.
 * The store opens at once when something needs it: a shared computer, a value it must read with
 * care, storage that refuses, another tab's change, the offline copy's shell.
 */
function init(root: HTMLElement): void {
	const lessonId = root.dataset.lessonId ?? '';
	const button = root.querySelector<HTMLButtonElement>('[data-action="done"]')!;
	const status = root.querySelector<HTMLElement>('[data-done-status]')!;
	const best = root.querySelector<HTMLElement>('[data-best]')!;
	const show = ({ done, quiz }: LessonView) => {
		button.dataset.done = String(done);
		status.hidden = !done;
		best.hidden = !quiz;
		if (quiz) best.textContent = fill(best.dataset.template, quiz);
		root.hidden = false;
	};
	/** Plain storage, where changes are saved without the store until it opens; else undefined. */
	let plain: Storage | undefined;
	let usingStore = false;
	const useStore = () => {
		if (usingStore) return;
		usingStore = true;
		void openStoreOnDemand().then((opened) => {
			if (!opened) return;
			const { store, script } = opened;
			// The visit saved without the store: the store makes it again, and keeps it safe from other tabs.
			if (plain) dispatchCourseEvent(root, 'lesson-visited', { lessonId });
			plain = undefined;
			const render = () => {
				show(lessonView(own(store.doc.lessons, lessonId)));
				script.renderNotices(store, root);
			};
			store.subscribe(render);
			render();
		});
	};
	keepEventsUntilStoreOpens();
	button.addEventListener('click', () => {
		const done = button.dataset.done !== 'true';
		const saved = plain && saveWithoutStore(plain, lessonId, markedDone(done, savedTime(new Date())));
		if (saved) show(saved);
		// Kept for the store until it opens (store-on-demand.ts); "done" is the same change made twice.
		dispatchCourseEvent(button, 'lesson-completed', { lessonId, done });
	});
	void storageReady()
		.catch(() => undefined)
		.then(() => {
			// Inside the offline shell a refused write still reaches the shell, which hands it to the next
			// page as saved: there the store, which first learns whether it can save, does it all.
			const local = installedBridge() ? undefined : getStorageArea('local');
			const saved = local && !isSharedComputer(local) ? saveWithoutStore(local, lessonId, visited(savedTime(new Date()))) : undefined;
			if (!saved) {
				dispatchCourseEvent(root, 'lesson-visited', { lessonId });
				return useStore();
			}
			plain = local;
			show(saved);
			whenLearnerActs(useStore);
			window.addEventListener('storage', (event) => {
				if (event.key === PROGRESS_KEY || event.key === SHARED_KEY || event.key === null) useStore();
			});
		});
}

startAll('lesson-progress', init);
