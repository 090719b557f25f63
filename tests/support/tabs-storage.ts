import { MemoryStorage } from '../../src/lib/progress/memory-storage';

/**
 * localStorage as Chromium gives it to several tabs: each tab reads and writes its own copy at
 * once, and its writes reach the shared store, and the other tabs' copies, only when `deliver`
 * says so (in the order they were made). Each arriving write fires the other tabs' `storage` listener.
 */
export class SharedStorage {
	#store = new Map<string, string>();
	#queue: { from: TabStorage; key: string; value: string | null }[] = [];
	tabs: TabStorage[] = [];

	tab(onStorage: () => void = () => {}): TabStorage {
		const tab = new TabStorage(this, onStorage);
		for (const [key, value] of this.#store) tab.receive(key, value);
		this.tabs.push(tab);
		return tab;
	}

	send(from: TabStorage, key: string, value: string | null): void {
		this.#queue.push({ from, key, value });
	}

	get pending(): number {
		return this.#queue.length;
	}

	/** Hands on the oldest write not yet handed on; false when there was none. */
	deliver(): boolean {
		const next = this.#queue.shift();
		if (!next) return false;
		if (next.value === null) this.#store.delete(next.key);
		else this.#store.set(next.key, next.value);
		for (const tab of this.tabs) {
			if (tab === next.from) continue;
			tab.receive(next.key, next.value);
			tab.onStorage();
		}
		return true;
	}

	get(key: string): string | null {
		return this.#store.get(key) ?? null;
	}
}

export class TabStorage extends MemoryStorage {
	constructor(
		readonly shared: SharedStorage,
		public onStorage: () => void,
	) {
		super();
	}
	receive(key: string, value: string | null): void {
		if (value === null) super.removeItem(key);
		else super.setItem(key, value);
	}
	override setItem(key: string, value: string): void {
		super.setItem(key, value);
		this.shared.send(this, key, String(value));
	}
	override removeItem(key: string): void {
		super.removeItem(key);
		this.shared.send(this, key, null);
	}
}
