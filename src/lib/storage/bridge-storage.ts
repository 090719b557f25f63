import { isCourseKey, type AreaKind, type Entries, type PageMessage, type Refusal } from './shell-protocol';

type Send = (message: PageMessage) => void;

/**
 * A Storage that reads from the shell's snapshot and writes through to the shell. Pure logic
 * over a `send` function, so it is unit-tested without a browser.
 *
 * Keys outside the `cds:` namespace never cross the bridge: they live in this page's memory only.
 * Writes made before the snapshot arrives are kept on top of it (the shell answered the request
 * before it received them, so the snapshot cannot contain them yet).
 *
 * When the shell says it cannot save (its storage is full or blocked), writes of course keys throw
 * as the browser's own storage would (QuotaExceededError or SecurityError), so the progress store
 * notices and behaves as on the hosted site: it tells the learner and keeps the progress in memory.
 */
export class BridgeStorage implements Storage {
	[name: string]: unknown;
	readonly #area: AreaKind;
	readonly #send: Send;
	#values = new Map<string, string>();
	#early = new Map<string, string | null>();
	#hasSnapshot = false;
	#clearedEarly = false;
	#refused?: Refusal;

	constructor(area: AreaKind, send: Send) {
		this.#area = area;
		this.#send = send;
	}

	/** Takes the shell's saved values; writes this page made earlier win over them. */
	receiveSnapshot(entries: Entries, refused?: Refusal): void {
		if (this.#hasSnapshot) return;
		this.#hasSnapshot = true;
		this.#refused ??= refused;
		const local = new Map([...this.#values].filter(([key]) => !isCourseKey(key)));
		const saved = this.#clearedEarly ? [] : Object.entries(entries).filter(([key]) => isCourseKey(key));
		this.#values = new Map([...saved, ...local]);
		for (const [key, value] of this.#early) {
			if (value === null) this.#values.delete(key);
			else this.#values.set(key, value);
		}
		this.#early.clear();
	}

	/** The shell could not save a write: later writes throw, so the page knows. */
	refuse(reason: Refusal): void {
		this.#refused = reason;
	}

	/** Every value this page holds, to hand over to the page's own storage if the shell never answers. */
	entries(): [string, string][] {
		return [...this.#values];
	}

	get length(): number {
		return this.#values.size;
	}

	key(index: number): string | null {
		return [...this.#values.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		return this.#values.get(String(key)) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#write(String(key), String(value));
	}

	removeItem(key: string): void {
		this.#write(String(key), null);
	}

	clear(): void {
		this.#values.clear();
		this.#early.clear();
		if (!this.#hasSnapshot) this.#clearedEarly = true;
		this.#send({ type: 'cds:storage-clear', area: this.#area });
	}

	#write(key: string, value: string | null): void {
		if (this.#refused && value !== null && isCourseKey(key)) {
			// Still sent: the shell keeps refused values in its memory for the next page (shell-store.ts).
			this.#send({ type: 'cds:storage-set', area: this.#area, key, value });
			throw new DOMException('The offline copy could not save this.', this.#refused === 'quota' ? 'QuotaExceededError' : 'SecurityError');
		}
		if (value === null) this.#values.delete(key);
		else this.#values.set(key, value);
		if (!isCourseKey(key)) return;
		if (!this.#hasSnapshot) this.#early.set(key, value);
		this.#send({ type: 'cds:storage-set', area: this.#area, key, value });
	}
}
