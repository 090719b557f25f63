/**
 * The progress store's rarer work, injected (not imported) so that it could be loaded apart:
 * merging back what another tab wrote over (unconfirmed.ts), the shared-computer move, and setting
 * aside unreadable values (backups.ts), taking in progress left in another storage (mergeFrom).
 * open-store.ts passes it in; tests pass it or leave it out.
 * It is built as a classic script (src/lib/lazy-scripts.ts) and loaded only when needed.
 */
export { heal } from './unconfirmed';
export { keepBackup } from './backups';
export { mergeDocs } from './progress-merge';

import type { ProgressStore } from './progress-store';
import { readProgress } from './progress-read';
import { PROGRESS_KEY } from './storage-keys';
import { mergeDocs } from './progress-merge';

/**
 * Takes into the store progress found in another storage (a copy left in localStorage beside the
 * shared-computer flag), without removing it there: it is shown, and kept when the learner unticks.
 */
export function mergeFrom(store: ProgressStore, other: Storage | undefined): void {
	let raw: string | null = null;
	try {
		raw = other?.getItem(PROGRESS_KEY) ?? null;
	} catch {
		return;
	}
	const { doc, problem } = readProgress(raw);
	if (raw === null || problem === 'corrupt') return;
	store.update((mine) => mergeDocs(mine, doc));
}
