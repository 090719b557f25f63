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
import { startAll } from '../../../lib/start-all';

/** The My progress page: each part starts on its own, so one failing never stops the others. */
openProgress().then((store) => {
	const outline = readOutline();
	const overview = document.querySelector<HTMLElement>('[data-module="progress-overview"]');
	const render = () => {
		renderBars(store.doc);
		renderNotices(store);
		// Drawn again at every change, so not "started" once; a failure must not stop the other parts.
		try {
			if (overview) renderOverview(overview, store.doc);
		} catch (error) {
			console.error('progress-overview not drawn', error);
		}
		const backups = document.querySelector<HTMLElement>('[data-backups]');
		const areas = [getStorageArea('local'), getStorageArea('session')];
		if (backups) backups.hidden = !areas.some((area) => area && keysWithPrefix(area, BACKUP_KEY_PREFIX).length > 0);
	};
	store.subscribe(render);
	render();
	startAll('take-progress', (root) => initTake(root, store, outline));
	startAll('bring-progress', (root) => initBring(root, store, outline));
	startAll('shared-computer', (root) => initShared(root, store, render));
	// Last: it lists only the parts that started.
	startAll('progress-contents', renderContents);
	for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
});
