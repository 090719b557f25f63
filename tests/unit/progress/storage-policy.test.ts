import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/lib/progress/memory-storage';
import { isSharedComputer } from '../../../src/lib/progress/shared-computer';
import { NAME_KEY, PROGRESS_KEY, SHARED_KEY } from '../../../src/lib/progress/storage-keys';
import { keepLearnerName, learnerArea, savedLearnerName, switchSharedComputer, type StorageAreas } from '../../../src/lib/progress/storage-policy';

const fresh = (): StorageAreas & { local: MemoryStorage; session: MemoryStorage } => ({ local: new MemoryStorage(), session: new MemoryStorage() });

/** A storage area that throws on every use, as in locked-down browsers. */
const refusing = new Proxy(new MemoryStorage(), {
	get: () => () => {
		throw new DOMException('denied', 'SecurityError');
	},
}) as Storage;

describe('shared-computer mode', () => {
	it('is off until the learner turns it on, and never throws', () => {
		const areas = fresh();
		expect(isSharedComputer(areas.local)).toBe(false);
		areas.local.setItem(SHARED_KEY, '1');
		expect(isSharedComputer(areas.local)).toBe(true);
		expect(isSharedComputer(undefined)).toBe(false);
		expect(isSharedComputer(refusing)).toBe(false);
	});

	it('keeps the learner\'s data in sessionStorage when on, localStorage when off', () => {
		const areas = fresh();
		expect(learnerArea(areas)).toBe(areas.local);
		areas.local.setItem(SHARED_KEY, '1');
		expect(learnerArea(areas)).toBe(areas.session);
	});

	it('turning it on moves the name and the progress to sessionStorage, flag first', () => {
		const areas = fresh();
		areas.local.setItem(NAME_KEY, 'Sam Lee');
		areas.local.setItem(PROGRESS_KEY, '{"saved":true}');
		let flagWhenMoved: string | null = null;
		switchSharedComputer(areas, true, (to) => {
			flagWhenMoved = areas.local.getItem(SHARED_KEY);
			to?.setItem(PROGRESS_KEY, '{"moved":true}');
		});
		expect(flagWhenMoved).toBe('1');
		expect(areas.session.getItem(NAME_KEY)).toBe('Sam Lee');
		expect(areas.session.getItem(PROGRESS_KEY)).toBe('{"moved":true}');
		expect(areas.local.getItem(NAME_KEY)).toBeNull();
		expect(areas.local.getItem(PROGRESS_KEY)).toBeNull();
	});

	it('turning it off moves them back and clears the flag', () => {
		const areas = fresh();
		areas.local.setItem(SHARED_KEY, '1');
		areas.session.setItem(NAME_KEY, 'Sam Lee');
		switchSharedComputer(areas, false, (to) => to?.setItem(PROGRESS_KEY, '{}'));
		expect(areas.local.getItem(SHARED_KEY)).toBeNull();
		expect(areas.local.getItem(NAME_KEY)).toBe('Sam Lee');
		expect(areas.session.getItem(NAME_KEY)).toBeNull();
	});
});

describe('the learner\'s name', () => {
	it('is kept only when the learner asks, beside the progress', () => {
		const areas = fresh();
		keepLearnerName(areas, '  Sam Lee ', false);
		expect(savedLearnerName(areas)).toBeUndefined();
		keepLearnerName(areas, '  Sam Lee ', true);
		expect(areas.local.getItem(NAME_KEY)).toBe('Sam Lee');
		expect(savedLearnerName(areas)).toBe('Sam Lee');
		keepLearnerName(areas, 'Sam Lee', false);
		expect(savedLearnerName(areas)).toBeUndefined();
	});

	it('goes to sessionStorage on a shared computer', () => {
		const areas = fresh();
		areas.local.setItem(SHARED_KEY, '1');
		keepLearnerName(areas, 'Sam Lee', true);
		expect(areas.session.getItem(NAME_KEY)).toBe('Sam Lee');
		expect(areas.local.getItem(NAME_KEY)).toBeNull();
	});

	it('never throws when storage is refused', () => {
		const areas = { local: refusing, session: refusing };
		expect(() => keepLearnerName(areas, 'Sam Lee', true)).not.toThrow();
		expect(savedLearnerName(areas)).toBeUndefined();
	});
});
