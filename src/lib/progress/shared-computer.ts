import { SHARED_KEY } from './storage-keys';

/**
 * Whether the learner said this is a shared computer: then their progress and name live in
 * sessionStorage, and go when the browser closes. The flag itself stays in localStorage, so
 * every tab and every later visit sees it. Pure over the area it is given; never throws.
 * (Its own small file: lesson pages load it, and only it, of the storage policies.)
 */
export function isSharedComputer(local: Storage | undefined): boolean {
	try {
		return local?.getItem(SHARED_KEY) === '1';
	} catch {
		return false;
	}
}
