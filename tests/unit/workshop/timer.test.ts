import { describe, expect, it } from 'vitest';
import { ElapsedTimer, formatElapsed } from '../../../src/islands/deck/timer';
import { MemoryStorage } from '../../../src/lib/progress/memory-storage';

describe('ElapsedTimer', () => {
	it('counts, pauses, resumes and restarts on the clock it is given', () => {
		let now = 1_000;
		const timer = new ElapsedTimer('lesson:x', () => now);
		now += 30_000;
		expect(timer.elapsed).toBe(30_000);
		timer.toggle();
		now += 60_000;
		expect(timer.paused).toBe(true);
		expect(timer.elapsed).toBe(30_000);
		timer.toggle();
		now += 5_000;
		expect(timer.elapsed).toBe(35_000);
		timer.restart();
		now += 1_000;
		expect(timer.elapsed).toBe(1_000);
	});

	it('starts afresh from a damaged saved value, and never shows NaN', () => {
		const sessionStorage = new MemoryStorage();
		const g = globalThis as { window?: unknown };
		g.window = { sessionStorage };
		try {
			for (const saved of ['{"startedAt":1000,"pausedAt":"soon"}', '{"startedAt":1e999}', '{"startedAt":"x"}', '{"startedAt":null}', '[1]']) {
				sessionStorage.setItem('cds:workshop-timer:x', saved);
				const timer = new ElapsedTimer('x', () => 5_000);
				expect(formatElapsed(timer.elapsed), saved).toBe('0:00');
			}
		} finally {
			delete g.window;
		}
		expect(formatElapsed(Number.NaN)).toBe('0:00');
		expect(formatElapsed(Number.POSITIVE_INFINITY)).toBe('0:00');
	});
});
