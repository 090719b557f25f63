import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SUSPEND_PREFIX } from '../../../src/lib/scorm/suspend-data';
import { essentials } from '../../../src/lib/progress/essentials';
import type { ProgressDoc } from '../../../src/lib/progress/progress-format';

const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 7_919_123).toISOString();

/** A learner far into a course of `n` lessons: every lesson visited, done and its quiz taken. */
function busyLearner(n: number): ProgressDoc {
	const lessons: ProgressDoc['lessons'] = {};
	for (let i = 0; i < n; i++) {
		lessons[`lesson-number-${i}-with-a-longer-name`] = {
			done: true,
			doneAt: at(i),
			firstVisit: at(i),
			lastVisit: at(i),
			results: { quiz: { best: i % 6, total: 6, attempts: 1 + (i % 3), last: at(i) }, 'practice-inbox': { best: 3, total: 5, attempts: 1 } },
		};
	}
	return { version: 1, lessons };
}

describe('progress in cmi.suspend_data (at most 4,096 characters)', () => {
	it('round-trips the essentials of the progress: lessons done and best results', () => {
		const doc = busyLearner(5);
		const value = encodeSuspendData(doc)!;
		expect(value.startsWith(SUSPEND_PREFIX)).toBe(true);
		expect(decodeSuspendData(value)).toEqual({ ok: true, doc: essentials(doc) });
	});

	it('fits a course of 100 lessons, all done with quiz and practice results', () => {
		const value = encodeSuspendData(busyLearner(100))!;
		expect(value.length).toBeLessThanOrEqual(4096);
		const back = decodeSuspendData(value);
		expect(back.ok && Object.keys(back.doc!.lessons)).toHaveLength(100);
	});

	it('drops dates and attempt counts when the whole essentials do not fit, and gives up (undefined) when even that is too big', () => {
		// Find a course size where the essentials no longer fit, but the smaller form does.
		let value: string | undefined;
		for (let n = 100; n <= 3000 && !value?.length; n += 100) {
			const candidate = encodeSuspendData(busyLearner(n));
			const back = candidate && decodeSuspendData(candidate);
			if (back && back.ok && back.doc!.lessons['lesson-number-7-with-a-longer-name']!.doneAt === undefined) value = candidate;
		}
		expect(value, 'a size at which only the smaller form fits').toBeDefined();
		expect(value!.length).toBeLessThanOrEqual(4096);
		const back = decodeSuspendData(value!);
		expect(back.ok && back.doc!.lessons['lesson-number-7-with-a-longer-name']).toEqual({ done: true, results: { quiz: { best: 1, total: 6, attempts: 1 }, 'practice-inbox': { best: 3, total: 5, attempts: 1 } } });
		expect(encodeSuspendData(busyLearner(20000))).toBeUndefined();
	});

	it('is plain ASCII (base64 after the prefix), which every platform stores as it is', () => {
		expect(encodeSuspendData(busyLearner(20))).toMatch(/^cds1\.[A-Za-z0-9+/]+=*$/);
	});

	it('reads an empty value as "nothing saved yet"', () => {
		for (const empty of ['', undefined, null]) expect(decodeSuspendData(empty)).toEqual({ ok: true });
	});

	it('refuses, without throwing, a value this course did not write or that is damaged', () => {
		const good = encodeSuspendData(busyLearner(3))!;
		const notOurs = SUSPEND_PREFIX + btoa(String.fromCharCode(...deflateSync(strToU8('{"format":"other","version":1}'))));
		for (const bad of ['viewed=1,2,3|lastviewedslide=31', 'cds1.', 'cds1.!!!', `${good.slice(0, -8)}AAAAAAAA`, 'cds1.' + 'A'.repeat(5000), notOurs, 42]) {
			expect(decodeSuspendData(bad)).toEqual({ ok: false });
		}
	});
});
