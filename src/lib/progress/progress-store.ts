import { savedTime, type ProgressDoc } from './progress-format';
import { emptyDoc, serialiseDoc } from './progress-document';
import { readProgress } from './progress-read';
import { essentials } from './essentials';
import { PROBE_KEY, PROGRESS_KEY } from './storage-keys';
import type { RecentChange } from './unconfirmed';

/** The rarer work, loaded when needed (store-extras.ts); tests pass it at once. */
export type StoreExtras = typeof import('./store-extras');
/** How long a change counts as recent: far longer than any browser takes to hand a write to another tab. */
const RECENT_MS = 10_000;

/**
 * The one place that reads and writes the learner's progress, over an injected Storage.
 * It never throws and never loses what it cannot read:
 * - no storage (missing, disabled, throwing on reads): progress lives in memory, problem `memory`;
 * - storage that reads but refuses writes: what is saved is shown, new progress lives in memory,
 *   problem `readonly`;
 * - storage full: what is saved is shown; it keeps the essentials if they fit, keeps everything
 *   in memory, problem `quota`;
 * - unreadable or partly unreadable value: set aside under a backup key, problem `recovered`.
 * Every change re-reads the stored value first, and a tab's recent additions are merged back in when
 * another tab's write arrives (unconfirmed.ts), so writes from two tabs are merged, not dropped.
 */
export type StoreProblem = 'memory' | 'readonly' | 'quota' | 'recovered';

export interface ProgressStoreOptions {
	/** The clock; tests fix it. */
	now?: () => Date;
	extras?: StoreExtras;
}

const isQuotaError = (error: unknown) =>
	error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export class ProgressStore {
	readonly problems = new Set<StoreProblem>();
	/** Undefined when the browser gives none: progress then lives in memory only. */
	#storage?: Storage;
	#doc: ProgressDoc = emptyDoc();
	#now: () => Date;
	#listeners = new Set<(doc: ProgressDoc) => void>();
	/** Set when an unreadable value could not be backed up: it must not be overwritten. */
	#locked = false;
	#waitsForExtras = false;
	/** This tab's recent changes, with the real time they were made (unconfirmed.ts). */
	#recent: (RecentChange & { at: number })[] = [];
	/** Needed to set aside an unreadable value, merge, and move; see StoreExtras. */
	extras?: StoreExtras;

	constructor(storage: Storage | undefined, options: ProgressStoreOptions = {}) {
		this.#now = options.now ?? (() => new Date());
		this.extras = options.extras;
		if (!storage) this.problems.add('memory');
		this.#storage = storage;
		if (storage) this.#doc = this.#readStored() ?? this.#doc;
		if (storage) this.#probe();
	}

	/** Whether new progress can be saved: said at once, not at the first change (My progress writes nothing). */
	#probe(): void {
		if (this.problems.has('memory') || this.problems.has('quota')) return;
		try {
			this.#storage!.setItem(PROBE_KEY, '1');
			this.#storage!.removeItem(PROBE_KEY);
		} catch (error) {
			this.problems.add(isQuotaError(error) ? 'quota' : this.#hasSaved() ? 'readonly' : 'memory');
		}
	}

	/** Whether changes go to storage (else they live in this tab's memory, which is the newest copy). */
	#saving(): boolean {
		return !this.problems.has('memory') && !this.problems.has('quota') && !this.problems.has('readonly');
	}

	/** The saved value could not be read, and stays untouched until the extras can set it aside. */
	get waitsForExtras(): boolean {
		return this.#waitsForExtras;
	}

	get doc(): ProgressDoc {
		return this.#doc;
	}

	get storage(): Storage | undefined {
		return this.#storage;
	}

	/**
	 * The current time as saved in records. A clock set before MIN_TIME (a computer whose battery
	 * ran out) gives MIN_TIME: a date the reader accepts, so a wrong clock is never taken for damage.
	 */
	now(): string {
		return savedTime(this.#now());
	}

	subscribe(listener: (doc: ProgressDoc) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Applies a change to the latest saved progress (another tab may have written since) and saves it. */
	update(change: (doc: ProgressDoc) => ProgressDoc): void {
		const saved = this.#saving() ? this.#readStored() : undefined;
		const before = saved ?? this.#doc;
		this.#doc = change(before);
		this.#remember({ stamp: this.now(), before, after: this.#doc });
		this.#write();
		this.#notify();
	}

	/**
	 * Re-reads after another tab changed the stored value (the `storage` event). If that tab wrote
	 * over this tab's latest additions (it had not seen them yet), they are merged back in and saved.
	 * Not while this tab holds progress it could not save: the learner's latest work stays on screen.
	 */
	refresh(): void {
		if (!this.#saving()) return;
		let erased = false;
		try {
			erased = this.#storage!.getItem(PROGRESS_KEY) === null;
		} catch {
			// #readStored says so.
		}
		if (erased) this.#recent = [];
		const saved = this.#readStored();
		if (!saved) return;
		this.#remember();
		const healed = this.extras?.heal(saved, this.#recent);
		this.#doc = healed ?? saved;
		if (healed) this.#write();
		this.#notify();
	}

	/**
	 * Moves to another storage (the shared-computer switch: localStorage to sessionStorage and
	 * back), merging what this tab holds with what is there: another tab may have moved its own
	 * progress there first. The caller removes the old copy. What this tab brings counts as a recent
	 * change (unconfirmed.ts), so another tab moving at the same moment cannot write over it.
	 * Needs the extras.
	 */
	moveTo(storage: Storage | undefined): void {
		this.#storage = storage;
		this.#locked = false;
		for (const problem of ['memory', 'readonly', 'quota'] as const) this.problems.delete(problem);
		if (!storage) this.problems.add('memory');
		else {
			const there = this.#readStored();
			if (there) this.#doc = this.extras!.mergeDocs(there, this.#doc);
			this.#remember({ stamp: this.now(), after: this.#doc });
			this.#probe();
			this.#write();
		}
		this.#notify();
	}

	/**
	 * Writes again what this tab holds: the storage said after the fact that a write failed (the
	 * offline shell answers a moment later), so the next write shows the problem, and the learner is told.
	 */
	recheck(): void {
		// Once the store knows it cannot save, writing again only brings the shell's "failed" again,
		// which would call this again: page and shell would pass messages to each other without end.
		if (!this.#saving()) return;
		this.#write();
		this.#notify();
	}

	/** Forgets everything in memory (the caller erases the stored keys). */
	reset(): void {
		this.#doc = emptyDoc();
		this.#locked = false;
		this.problems.delete('quota');
		this.problems.delete('recovered');
		this.#notify();
	}

	/** Keeps a change as recent, and forgets those that are no longer. */
	#remember(change?: RecentChange): void {
		const at = Date.now();
		this.#recent = this.#recent.filter((c) => Math.abs(at - c.at) <= RECENT_MS);
		if (change) this.#recent.push({ ...change, at });
	}

	#notify(): void {
		for (const listener of this.#listeners) {
			try {
				listener(this.#doc);
			} catch (error) {
				console.warn('progress listener failed', error);
			}
		}
	}

	/** The stored document; undefined when storage cannot be read or the value had to be set aside. */
	#readStored(): ProgressDoc | undefined {
		let raw: string | null;
		try {
			raw = this.#storage!.getItem(PROGRESS_KEY);
		} catch {
			this.problems.add('memory');
			return undefined;
		}
		const { doc, problem } = readProgress(raw);
		if (!problem) return doc;
		// Set the value aside before anything overwrites it. If even that fails, leave it where it
		// is and stop writing: the learner is told, and nothing is lost.
		// Without the extras (not loaded) it cannot be set aside yet: it stays where it is, untouched.
		if (!this.extras || !this.extras.keepBackup(this.#storage!, raw!, this.now())) {
			this.#locked = true;
			this.#waitsForExtras = !this.extras;
			if (this.extras) this.problems.add('quota');
			return undefined;
		}
		this.problems.add('recovered');
		this.#safeSet(serialiseDoc(doc));
		return doc;
	}

	/** Saves a value; a refusal other than "full" marks the store read-only (or memory-only, when reads fail too). */
	#safeSet(value: string): boolean {
		if (this.#locked) return false;
		try {
			this.#storage!.setItem(PROGRESS_KEY, value);
			return true;
		} catch (error) {
			if (!isQuotaError(error)) this.problems.add(this.#hasSaved() ? 'readonly' : 'memory');
			return false;
		}
	}

	/** Whether there is saved progress to show (then "read-only" says more than "nothing is saved"). */
	#hasSaved(): boolean {
		try {
			return this.#storage!.getItem(PROGRESS_KEY) !== null;
		} catch {
			return false;
		}
	}

	#write(): void {
		if (this.problems.has('memory') || this.#locked) return;
		this.problems.delete('readonly');
		if (this.#safeSet(serialiseDoc(this.#doc))) {
			this.problems.delete('quota');
			return;
		}
		if (this.problems.has('memory') || this.problems.has('readonly')) return;
		// Full: the documented "save essentials" path keeps what a learner would miss most.
		this.problems.add('quota');
		this.#safeSet(serialiseDoc(essentials(this.#doc)));
	}
}
