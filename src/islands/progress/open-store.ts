import { getStorageArea, storageReady } from '../../lib/storage/storage-access';
import { ProgressStore } from '../../lib/progress/progress-store';
import { recordResult, recordVisit, setDone } from '../../lib/progress/progress-ops';
import type { StoreExtras } from '../../lib/progress/progress-store';
import { loadClassicScript, loadLazyScript } from '../../lib/lazy-scripts';
import { NOTICE_SCRIPT } from './notice-script';
type NoticeWriter = typeof import('./write-notices');
import { PROGRESS_KEY, SHARED_KEY } from '../../lib/progress/storage-keys';
import { isSharedComputer as sharedFlag } from '../../lib/progress/shared-computer';
import { STORAGE_REFUSED_EVENT } from '../../lib/storage/bridge-slot';

/** Whether the learner said this is a shared computer (then progress lives in sessionStorage). */
export function isSharedComputer(): boolean {
	return sharedFlag(getStorageArea('local'));
}

/** The store's rarer work loads only when needed (another tab wrote, the shared-computer switch, an unreadable saved value). */
const loadExtras = () => loadLazyScript<StoreExtras>('progress-extras');

/** Runs a change that needs the extras once they are there (at once when they already are). */
export function withExtras(store: ProgressStore, change: () => void): void {
	if (store.extras) return change();
	void loadExtras().then((extras) => {
		store.extras ??= extras;
		change();
	});
}

function boot(): Promise<ProgressStore> {
	let store: ProgressStore | undefined;
	const waiting: ((store: ProgressStore) => void)[] = [];
	const run = (change: (store: ProgressStore) => void) => (store ? change(store) : waiting.push(change));
	// Listen at once: events sent before storage is ready (the offline bridge) are applied after.
	document.addEventListener('quiz-answered', ({ detail }) => detail && run((s) => s.update((doc) => recordResult(doc, detail, s.now()))));
	document.addEventListener('lesson-completed', ({ detail }) => detail && run((s) => s.update((doc) => setDone(doc, detail.lessonId, detail.done === true, s.now()))));
	document.addEventListener('lesson-visited', ({ detail }) => detail && run((s) => s.update((doc) => recordVisit(doc, detail.lessonId, s.now()))));
	return storageReady()
		.catch(() => undefined)
		.then(async () => {
			const shared = isSharedComputer();
			const area = getStorageArea(shared ? 'session' : 'local');
			let opened = new ProgressStore(area);
			// An unreadable saved value (left untouched until it can be set aside) or a shared computer
			// (progress to take in from localStorage): open again, with the rarer work loaded.
			if (shared || opened.waitsForExtras) opened = new ProgressStore(area, { extras: await loadExtras() });
			// Progress left in localStorage beside the flag (another tab wrote it as the flag was set):
			// shown, and kept when the learner unticks, never hidden.
			if (shared) opened.extras!.mergeFrom(opened, getStorageArea('local'));
			store = opened;
			window.addEventListener('storage', (event) => {
				// Another tab said "shared computer" (or took it back): follow it, so nothing is left behind.
				if (event.key === SHARED_KEY) withExtras(opened, () => opened.moveTo(getStorageArea(isSharedComputer() ? 'session' : 'local')));
				// Another tab changed the progress (or erased it): show the change here too.
				if ((event.key === PROGRESS_KEY || event.key === null) && event.storageArea === opened.storage) withExtras(opened, () => opened.refresh());
			});
			// The offline shell could not save a write: write again, so the store sees the refusal and says so.
			window.addEventListener(STORAGE_REFUSED_EVENT, () => opened.recheck());
			for (const change of waiting.splice(0)) change(opened);
			return opened;
		});
}

const SINGLETON = Symbol.for('cds.progress-store');
type WithStore = { [SINGLETON]?: Promise<ProgressStore> };

/** The page's one progress store; the first call starts it and its event listeners. */
export function openProgress(): Promise<ProgressStore> {
	const holder = window as unknown as WithStore;
	return (holder[SINGLETON] ??= boot());
}

/** Shows the notices (ProgressNotices.astro) that apply: storage problems and the shared-computer reminder. */
export function renderNotices(store: ProgressStore, root: ParentNode = document): boolean {
	const active = new Set<string>(store.problems);
	if (isSharedComputer()) active.add('shared');
	// Lesson, quiz and practice pages (ProgressNotices lazy): the notices, words and code, load only when one applies.
	for (const box of root.querySelectorAll<HTMLElement>('[data-notices]')) {
		box.dataset.want = [...active].join(' ');
		if (active.size) void loadClassicScript<NoticeWriter>(NOTICE_SCRIPT.file.replace('{lang}', document.documentElement.lang || 'en'), NOTICE_SCRIPT.global).then((m) => m?.writeNotices(box));
	}
	for (const notice of root.querySelectorAll<HTMLElement>('[data-notice]')) notice.hidden = !active.has(notice.dataset.notice ?? '');
	return active.size > 0;
}
