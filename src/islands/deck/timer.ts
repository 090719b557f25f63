import { getStorageArea } from '../../lib/storage/storage-access';

/** The timer's saved state: when it started, and when it was paused (if it is). */
interface TimerState {
	startedAt: number;
	pausedAt?: number;
}

/** "m:ss", or "h:mm:ss" past an hour. */
export function formatElapsed(ms: number): string {
	const seconds = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Time since the workshop started, kept in session storage so reloading the notes view keeps
 * counting. Without storage it still counts for as long as the page is open.
 */
export class ElapsedTimer {
	readonly #key: string;
	readonly #now: () => number;
	#state: TimerState;

	constructor(deckId: string, now: () => number = Date.now) {
		this.#key = `cds:workshop-timer:${deckId}`;
		this.#now = now;
		this.#state = this.#load() ?? { startedAt: now() };
		this.#save();
	}

	get elapsed(): number {
		return (this.#state.pausedAt ?? this.#now()) - this.#state.startedAt;
	}

	get paused(): boolean {
		return this.#state.pausedAt !== undefined;
	}

	toggle(): void {
		const now = this.#now();
		const { startedAt, pausedAt } = this.#state;
		this.#state = pausedAt === undefined ? { startedAt, pausedAt: now } : { startedAt: startedAt + (now - pausedAt) };
		this.#save();
	}

	restart(): void {
		this.#state = this.paused ? { startedAt: this.#now(), pausedAt: this.#now() } : { startedAt: this.#now() };
		this.#save();
	}

	#load(): TimerState | undefined {
		try {
			const saved = JSON.parse(getStorageArea('session')?.getItem(this.#key) ?? 'null') as Partial<TimerState> | null;
			// A damaged value (not numbers, not finite) starts the timer afresh rather than showing "NaN:NaN".
			const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
			if (!saved || !time(saved.startedAt) || (saved.pausedAt !== undefined && !time(saved.pausedAt))) return undefined;
			return saved.pausedAt === undefined ? { startedAt: saved.startedAt } : { startedAt: saved.startedAt, pausedAt: saved.pausedAt };
		} catch {
			return undefined;
		}
	}

	#save(): void {
		try {
			getStorageArea('session')?.setItem(this.#key, JSON.stringify(this.#state));
		} catch {
			// Not saved: the timer still runs on this page.
		}
	}
}
