import { savedTime } from '../../lib/progress/progress-format';
import { markedDone, visited } from '../../lib/progress/record-changes';
import { answered, isSoundResult } from '../../lib/progress/result-change';
import { saveWithoutStore } from '../../lib/progress/save-without-store';
import { isSharedComputer } from '../../lib/progress/shared-computer';
import { getStorageArea, storageReady } from '../../lib/storage/storage-access';
import { saveKeptWith, type CourseEvent } from './store-on-demand';

/**
 * Quiz and practice pages send results (quiz-answered). One sent before the progress store has
 * loaded is kept for it (store-on-demand.ts); if the page goes first, or the store cannot load, the
 * kept events are saved here without it, with the store's own changes (record-changes.ts,
 * result-change.ts), in the shared computer's session storage when the learner said so. Inside the
 * offline shell only once the shell's values have come: as the page goes, a promise already settled
 * still runs its callback, one still waiting never does. A visit or "done" saved already is the
 * same change again.
 */
function saveKeptWithoutStore(kept: CourseEvent[]): void {
	void storageReady().then(() => {
		const local = getStorageArea('local');
		const area = isSharedComputer(local) ? getStorageArea('session') : local;
		const now = savedTime(new Date());
		for (const { type, detail } of kept as CustomEvent[]) {
			const change =
				type === 'quiz-answered' ? (isSoundResult(detail) ? answered(detail, now) : undefined) : type === 'lesson-completed' ? markedDone(detail.done === true, now) : visited(now);
			if (area && change) saveWithoutStore(area, detail.lessonId, change);
		}
	});
}

/** Called by quiz and practice pages: their module is also in the chunk the store's pages load, which must not start it. */
export function keepResults(): void {
	saveKeptWith(saveKeptWithoutStore);
}
