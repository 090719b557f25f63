import { readOutline } from '../../../lib/progress/course-outline';
import { BACKUP_KEY_PREFIX } from '../../../lib/progress/storage-keys';
import { keysWithPrefix } from '../../../lib/progress/erase-course-data';
import { getStorageArea } from '../../../lib/storage/storage-access';
import { openProgress, renderNotices } from '../open-store';
import { renderBars } from '../bars';
import { renderOverview } from './overview-table';
import { initTake } from './take';
import { initBring } from './bring';
import { initShared } from './shared';
import { renderContents } from './contents';

/** The My progress page: each part starts on its own, so one failing never stops the others. */
openProgress().then((store) => {
	const outline = readOutline();
	const part = (name: string, init: (root: HTMLElement) => void) => {
		const root = document.querySelector<HTMLElement>(`[data-module="${name}"]`);
		try {
			if (root) init(root);
		} catch (error) {
			console.warn(`${name} not started`, error);
		}
	};
	const render = () => {
		renderBars(store.doc);
		renderNotices(store);
		part('progress-overview', (root) => renderOverview(root, store.doc));
		const backups = document.querySelector<HTMLElement>('[data-backups]');
		const areas = [getStorageArea('local'), getStorageArea('session')];
		if (backups) backups.hidden = !areas.some((area) => area && keysWithPrefix(area, BACKUP_KEY_PREFIX).length > 0);
	};
	store.subscribe(render);
	render();
	part('take-progress', (root) => initTake(root, store, outline));
	part('bring-progress', (root) => initBring(root, store, outline));
	part('shared-computer', (root) => initShared(root, store, render));
	const contents = document.querySelector<HTMLElement>('[data-progress-contents]');
	if (contents) renderContents(contents);
	for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
});
