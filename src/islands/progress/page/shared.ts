import type { ProgressStore } from '../../../lib/progress/progress-store';
import { getStorageArea } from '../../../lib/storage/storage-access';
import { eraseCourseData } from '../../../lib/progress/erase-course-data';
import { switchSharedComputer } from '../../../lib/progress/storage-policy';
import { isSharedComputer } from '../../../lib/progress/shared-computer';
import { withExtras } from '../open-store';

/** Moves what the learner keeps (progress, name) between localStorage and sessionStorage. */
function switchShared(store: ProgressStore, shared: boolean): void {
	try {
		switchSharedComputer({ local: getStorageArea('local'), session: getStorageArea('session') }, shared, (to) => store.moveTo(to));
	} catch (error) {
		console.warn('could not switch the shared-computer setting', error);
	}
}

/** "On a shared computer" (SharedComputer.astro): the session-only choice and "Forget me". */
export function initShared(root: HTMLElement, store: ProgressStore, onForget: () => void): void {
	const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const box = q<HTMLInputElement>('#shared-computer');
	const forget = q<HTMLButtonElement>('[data-action="forget"]');
	const confirm = q('#forget-confirm');
	const done = q('[data-forgotten]');
	const setConfirm = (open: boolean) => {
		confirm.hidden = !open;
		forget.setAttribute('aria-expanded', String(open));
	};

	box.checked = isSharedComputer(getStorageArea('local'));
	// The move merges with what is already there (another tab's work): that needs the store's extras.
	box.addEventListener('change', () => withExtras(store, () => switchShared(store, box.checked)));
	forget.addEventListener('click', () => {
		done.hidden = true;
		setConfirm(true);
		q('[data-confirm-text]').focus();
	});
	q('[data-action="forget-no"]').addEventListener('click', () => {
		setConfirm(false);
		forget.focus();
	});
	q('[data-action="forget-yes"]').addEventListener('click', () => {
		for (const area of [getStorageArea('local'), getStorageArea('session')]) if (area) eraseCourseData(area);
		store.reset();
		box.checked = false;
		setConfirm(false);
		onForget();
		done.hidden = false;
		done.focus();
	});
	root.hidden = false;
}
