import { MemoryStorage } from '../../src/lib/progress/memory-storage';

/**
 * A Storage for unit tests that can misbehave like real browsers: a byte quota (setItem then
 * throws QuotaExceededError, as browsers do) or refusing every call (private modes, policies).
 */
export class FakeStorage extends MemoryStorage {
	/** Characters all values and keys may take together; undefined for no limit. */
	quota?: number;
	/** When true, every call throws a SecurityError. */
	refuse = false;
	writes = 0;

	constructor(items: Record<string, string> = {}, options: { quota?: number } = {}) {
		super();
		for (const [key, value] of Object.entries(items)) super.setItem(key, value);
		this.quota = options.quota;
	}

	#guard(): void {
		if (this.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
	}
	#used(except?: string): number {
		let used = 0;
		for (let i = 0; i < super.length; i++) {
			const key = super.key(i)!;
			if (key !== except) used += key.length + (super.getItem(key)?.length ?? 0);
		}
		return used;
	}
	override get length(): number {
		this.#guard();
		return super.length;
	}
	override key(index: number): string | null {
		this.#guard();
		return super.key(index);
	}
	override getItem(key: string): string | null {
		this.#guard();
		return super.getItem(key);
	}
	override setItem(key: string, value: string): void {
		this.#guard();
		if (this.quota !== undefined && this.#used(key) + key.length + value.length > this.quota) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.writes++;
		super.setItem(key, value);
	}
	override removeItem(key: string): void {
		this.#guard();
		super.removeItem(key);
	}
	/** Everything stored, for assertions. */
	dump(): Record<string, string> {
		const out: Record<string, string> = {};
		for (let i = 0; i < super.length; i++) out[super.key(i)!] = super.getItem(super.key(i)!)!;
		return out;
	}
}
