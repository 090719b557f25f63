/**
 * Checks of the practice browser's guided tasks, pure so they are unit-tested. A task is done
 * by doing the thing in the pretend browser (or, for `choose`, by picking the right answer).
 */
import type { BrowserTask } from '../../schemas/practice-browser';
import { normaliseAddress } from '../../lib/pretend-address';
import { activeTab, type BrowserAction, type BrowserState } from './browser-model';

/** What a check needs to know of a task; the page states it in data attributes. */
export interface TaskKey {
	check: BrowserTask['check'];
	/** For `type-address`: the address to type. */
	address?: string;
}

/** Whether the action, which took the browser from `before` to `after`, does the task. */
export function taskDone(task: TaskKey, action: BrowserAction, before: BrowserState, after: BrowserState): boolean {
	const moved = before.active === after.active && activeTab(before).index !== activeTab(after).index;
	switch (task.check) {
		case 'new-tab':
			return action.type === 'new-tab';
		case 'back':
			return action.type === 'back' && moved;
		case 'forward':
			return action.type === 'forward' && moved;
		case 'reload':
			return action.type === 'reload';
		case 'site-info':
			return action.type === 'site-info';
		case 'zoom-in':
			return action.type === 'zoom-in' && after.zoom > before.zoom;
		case 'type-address':
			return action.type === 'go' && action.via === 'address-bar' && task.address !== undefined && normaliseAddress(action.address) === normaliseAddress(task.address);
		case 'choose':
			return false;
	}
}

export type TaskOutcome = 'done' | 'skipped';

/** The score reported to progress: tasks the learner did, out of all tasks. */
export function browserScore(outcomes: TaskOutcome[], total: number): { score: number; total: number } {
	return { score: outcomes.filter((o) => o === 'done').length, total };
}

/** Finds the pretend page for an address, ignoring "https://", "www." and a trailing slash. */
export function findPage<P extends { address: string }>(pages: P[], address: string): P | undefined {
	const wanted = normaliseAddress(address);
	return wanted ? pages.find((p) => normaliseAddress(p.address) === wanted) : undefined;
}

/** What the address bar should hold after the learner typed `typed`: the page's own address, or the text with "https://" added. */
export function addressFor<P extends { address: string }>(pages: P[], typed: string): string {
	const page = findPage(pages, typed);
	if (page) return page.address;
	const trimmed = typed.trim();
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
