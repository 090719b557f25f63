import { describe, expect, it } from 'vitest';
import { ElapsedTimer } from '../../../src/islands/deck/timer';

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
});
