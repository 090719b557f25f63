import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../../src/lib/progress/progress-store';
import { recordResult, recordVisit, setDone } from '../../../src/lib/progress/progress-ops';
import { readProgress } from '../../../src/lib/progress/progress-read';
import { serialiseDoc } from '../../../src/lib/progress/progress-document';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../../../src/lib/progress/storage-keys';
import { MAX_BACKUPS, MAX_BACKUP_CHARS } from '../../../src/lib/progress/backups';
import { FakeStorage } from '../../support/fake-storage';
import { SharedStorage } from '../../support/tabs-storage';
import { sameDoc } from '../../../src/lib/progress/unconfirmed';
import * as extras from '../../../src/lib/progress/store-extras';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const open = (storage?: Storage) => new ProgressStore(storage, { now: () => NOW, extras });
const markDone = (id: string, done = true) => (doc: Parameters<typeof setDone>[0]) => setDone(doc, id, done, NOW.toISOString());
const backups = (storage: FakeStorage) => Object.entries(storage.dump()).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX));

describe('the progress store', () => {
	it('saves under one key, and a new page (a new store) finds it again', () => {
		const storage = new FakeStorage();
		open(storage).update(markDone('spot-a-scam'));
		expect(Object.keys(storage.dump())).toEqual([PROGRESS_KEY]);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toMatchObject({ format: 'cds-progress', version: 1 });
		expect(open(storage).doc.lessons['spot-a-scam']?.done).toBe(true);
	});

	it('tells listeners about every change', () => {
		const store = open(new FakeStorage());
		const seen: boolean[] = [];
		store.subscribe((doc) => seen.push(doc.lessons['spot-a-scam']?.done ?? false));
		store.update(markDone('spot-a-scam'));
		store.update(markDone('spot-a-scam', false));
		expect(seen).toEqual([true, false]);
	});

	it('works in memory when there is no storage, and says so', () => {
		const store = open(undefined);
		store.update(markDone('spot-a-scam'));
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		expect([...store.problems]).toEqual(['memory']);
	});

	it('works in memory when storage throws on every call, and says so', () => {
		const storage = new FakeStorage();
		storage.refuse = true;
		const store = open(storage);
		expect(() => store.update(markDone('spot-a-scam'))).not.toThrow();
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		expect([...store.problems]).toEqual(['memory']);
	});

	it('switches to memory when storage starts refusing later, keeping what the learner did', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		storage.refuse = true;
		store.update(markDone('spot-a-scam'));
		store.update(markDone('strong-passwords'));
		expect(Object.keys(store.doc.lessons)).toEqual(['spot-a-scam', 'strong-passwords']);
		expect(store.problems.has('memory')).toBe(true);
	});

	it('sets a corrupt value aside under a backup key, starts clean, and says so once', () => {
		const storage = new FakeStorage({ [PROGRESS_KEY]: '{"lessons": oops' });
		const store = open(storage);
		expect(store.doc.lessons).toEqual({});
		expect([...store.problems]).toEqual(['recovered']);
		expect(backups(storage)).toEqual([[`${BACKUP_KEY_PREFIX}2026-11-22T10:00:00.000Z`, '{"lessons": oops']]);
		const again = open(storage);
		expect(again.problems.size).toBe(0);
		expect(backups(storage)).toHaveLength(1);
	});

	it('keeps the readable part of a damaged value, and backs up the original', () => {
		const raw = JSON.stringify({ format: 'cds-progress', version: 1, lessons: { 'spot-a-scam': { done: true }, 'use-email': { done: 'maybe' } } });
		const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
		const store = open(storage);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		expect(backups(storage)[0]?.[1]).toBe(raw);
		expect(readProgress(storage.getItem(PROGRESS_KEY)).problem).toBeUndefined();
	});

	it('when storage is full, saves the essentials, keeps everything in memory, and says so', () => {
		const storage = new FakeStorage({}, { quota: 330 });
		const store = open(storage);
		let doc = store.doc;
		for (const id of ['a-lesson', 'b-lesson', 'c-lesson', 'd-lesson', 'e-lesson']) doc = recordVisit(doc, id, NOW.toISOString());
		doc = setDone(doc, 'spot-a-scam', true, NOW.toISOString());
		const full = doc;
		store.update(() => full);
		expect(store.problems.has('quota')).toBe(true);
		expect(Object.keys(store.doc.lessons)).toHaveLength(6);
		expect(Object.keys(readProgress(storage.getItem(PROGRESS_KEY)).doc.lessons)).toEqual(['spot-a-scam']);
		// Room again (the learner cleared other sites): the next change saves everything.
		storage.quota = undefined;
		store.update(markDone('use-email'));
		expect(store.problems.has('quota')).toBe(false);
		expect(Object.keys(readProgress(storage.getItem(PROGRESS_KEY)).doc.lessons)).toHaveLength(7);
	});

	it('when even the backup does not fit, leaves the unreadable value where it is and writes nothing over it', () => {
		const storage = new FakeStorage({ [PROGRESS_KEY]: 'x'.repeat(90) }, { quota: 120 });
		const store = open(storage);
		store.update(markDone('spot-a-scam'));
		expect(storage.getItem(PROGRESS_KEY)).toBe('x'.repeat(90));
		expect(store.problems.has('quota')).toBe(true);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
	});

	it('when only writes fail, shows what is saved and says new progress cannot be saved', () => {
		const storage = new FakeStorage({ [PROGRESS_KEY]: serialiseDoc(setDone(open().doc, 'spot-a-scam', true, NOW.toISOString())) });
		storage.setItem = () => {
			throw new DOMException('Refused.', 'SecurityError');
		};
		const store = open(storage);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		expect([...store.problems]).toEqual(['readonly']);
		store.update(markDone('strong-passwords'));
		expect(Object.keys(store.doc.lessons)).toEqual(['spot-a-scam', 'strong-passwords']);
		expect([...store.problems]).toEqual(['readonly']);
	});

	it('when storage is already full, shows what is saved, says so at once, and never loses the saved value', () => {
		const saved = serialiseDoc(setDone(open().doc, 'spot-a-scam', true, NOW.toISOString()));
		const storage = new FakeStorage({ [PROGRESS_KEY]: saved }, { quota: PROGRESS_KEY.length + saved.length });
		const store = open(storage);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		expect([...store.problems]).toEqual(['quota']);
		store.update((doc) => recordVisit(markDone('strong-passwords')(doc), 'use-email', NOW.toISOString()));
		// Neither everything nor the essentials fit: the saved value stays as it was.
		expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
		expect(Object.keys(store.doc.lessons)).toEqual(['spot-a-scam', 'strong-passwords', 'use-email']);
	});

	it('merges writes from two tabs instead of dropping one, and each tab sees the other after a refresh', () => {
		const storage = new FakeStorage();
		const tabA = open(storage);
		const tabB = open(storage);
		tabA.update(markDone('spot-a-scam'));
		tabB.update(markDone('strong-passwords'));
		expect(Object.keys(tabB.doc.lessons).sort()).toEqual(['spot-a-scam', 'strong-passwords']);
		tabA.refresh();
		expect(tabA.doc).toEqual(tabB.doc);
		tabA.update(markDone('spot-a-scam', false));
		tabB.refresh();
		expect(tabB.doc.lessons['spot-a-scam']?.done).toBe(false);
	});

	it('moves to another storage (shared computer) with everything, and keeps saving there', () => {
		const local = new FakeStorage();
		const session = new FakeStorage();
		const store = open(local);
		store.update(markDone('spot-a-scam'));
		store.moveTo(session);
		store.update(markDone('strong-passwords'));
		expect(Object.keys(readProgress(session.getItem(PROGRESS_KEY)).doc.lessons)).toEqual(['spot-a-scam', 'strong-passwords']);
		expect(Object.keys(readProgress(local.getItem(PROGRESS_KEY)).doc.lessons)).toEqual(['spot-a-scam']);
		// Another tab moves back with its own progress: merged with what is there, nothing dropped.
		const other = open(session);
		local.setItem(PROGRESS_KEY, serialiseDoc(setDone(open().doc, 'use-email', true, NOW.toISOString())));
		other.moveTo(local);
		expect(Object.keys(other.doc.lessons).sort()).toEqual(['spot-a-scam', 'strong-passwords', 'use-email']);
		expect(Object.keys(readProgress(local.getItem(PROGRESS_KEY)).doc.lessons).sort()).toEqual(['spot-a-scam', 'strong-passwords', 'use-email']);
		store.moveTo(undefined);
		expect([...store.problems]).toEqual(['memory']);
		expect(Object.keys(store.doc.lessons)).toHaveLength(2);
	});

	it('takes in progress left in another storage without removing it there', () => {
		const local = new FakeStorage({ [PROGRESS_KEY]: serialiseDoc(setDone(open().doc, 'spot-a-scam', true, NOW.toISOString())) });
		const session = new FakeStorage();
		const store = open(session);
		extras.mergeFrom(store, local);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		store.moveTo(local);
		expect(readProgress(local.getItem(PROGRESS_KEY)).doc.lessons['spot-a-scam']?.done).toBe(true);
	});

	it('property: whatever is stored, opening never throws, and anything unreadable is backed up exactly', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? '')), (raw) => {
				const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
				const store = open(storage);
				store.update(markDone('spot-a-scam'));
				expect(readProgress(storage.getItem(PROGRESS_KEY)).problem).toBeUndefined();
				if (readProgress(raw).problem) expect(backups(storage).map(([, v]) => v)).toEqual([raw]);
				else expect(backups(storage)).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	});

	it('property: actions in two tabs, in any interleaving, all end up saved', () => {
		const action = fc.record({
			tab: fc.constantFrom(0, 1),
			lesson: fc.constantFrom('spot-a-scam', 'strong-passwords', 'use-email'),
			kind: fc.constantFrom('visit', 'done', 'quiz'),
			score: fc.integer({ min: 0, max: 4 }),
		});
		fc.assert(
			fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
				const storage = new FakeStorage();
				const tabs = [open(storage), open(storage)];
				const single = open(new FakeStorage());
				const now = NOW.toISOString();
				for (const a of actions) {
					const change = (doc: typeof single.doc) =>
						a.kind === 'visit' ? recordVisit(doc, a.lesson, now) : a.kind === 'done' ? setDone(doc, a.lesson, true, now) : recordResult(doc, { lessonId: a.lesson, activityId: 'quiz', score: a.score, total: 4 }, now);
					tabs[a.tab]!.update(change);
					single.update(change);
				}
				expect(storage.getItem(PROGRESS_KEY) ?? serialiseDoc(single.doc)).toBe(serialiseDoc(single.doc));
			}),
			{ numRuns: 200 },
		);
	});

	it('property: tabs that write before seeing each other\'s writes (as in Chromium) lose nothing', () => {
		const step = fc.oneof(
			fc.record({
				tab: fc.integer({ min: 0, max: 3 }),
				lesson: fc.constantFrom('spot-a-scam', 'strong-passwords', 'use-email', 'safe-wifi'),
				kind: fc.constantFrom('visit', 'done', 'quiz'),
				score: fc.integer({ min: 0, max: 4 }),
			}),
			fc.constant('deliver' as const),
		);
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 4 }), fc.array(step, { maxLength: 40 }), (count, steps) => {
				const shared = new SharedStorage();
				const tabs = Array.from({ length: count }, () => {
					const storage = shared.tab();
					const store = open(storage);
					storage.onStorage = () => store.refresh();
					return store;
				});
				const now = NOW.toISOString();
				const wanted: { lesson: string; kind: string; score: number }[] = [];
				for (const s of steps) {
					if (s === 'deliver') {
						shared.deliver();
						continue;
					}
					const store = tabs[s.tab % count]!;
					store.update((doc) =>
						s.kind === 'visit' ? recordVisit(doc, s.lesson, now) : s.kind === 'done' ? setDone(doc, s.lesson, true, now) : recordResult(doc, { lessonId: s.lesson, activityId: 'quiz', score: s.score, total: 4 }, now),
					);
					wanted.push(s);
				}
				for (let i = 0; i < 1000 && shared.deliver(); i++);
				expect(shared.pending).toBe(0);
				const final = readProgress(shared.get(PROGRESS_KEY)).doc;
				for (const w of wanted) {
					const record = final.lessons[w.lesson];
					expect(record?.lastVisit ?? record?.done ?? record?.results.quiz, `${w.kind} ${w.lesson}`).toBeDefined();
					if (w.kind === 'done') expect(record?.done).toBe(true);
					if (w.kind === 'quiz') expect(record?.results.quiz?.best).toBeGreaterThanOrEqual(w.score);
				}
				for (const tab of tabs) expect(sameDoc(tab.doc, final)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('a lesson marked not done in one tab stays so after another tab\'s older write arrives', () => {
		const shared = new SharedStorage();
		const [a, b] = [0, 1].map(() => {
			const storage = shared.tab();
			const store = open(storage);
			storage.onStorage = () => store.refresh();
			return store;
		});
		a!.update(markDone('spot-a-scam'));
		a!.update(markDone('spot-a-scam', false));
		b!.update(markDone('strong-passwords'));
		for (let i = 0; i < 100 && shared.deliver(); i++);
		const final = readProgress(shared.get(PROGRESS_KEY)).doc;
		expect(final.lessons['spot-a-scam']?.done).toBe(false);
		expect(final.lessons['strong-passwords']?.done).toBe(true);
	});

	it('a mark taken back in another tab a moment later is not restored by this tab\'s recent copy', () => {
		const shared = new SharedStorage();
		const [a, b] = [0, 1].map(() => {
			const storage = shared.tab();
			const store = open(storage);
			storage.onStorage = () => store.refresh();
			return store;
		});
		a!.update(markDone('spot-a-scam'));
		for (let i = 0; i < 100 && shared.deliver(); i++);
		b!.update(markDone('spot-a-scam', false));
		for (let i = 0; i < 100 && shared.deliver(); i++);
		expect(a!.doc.lessons['spot-a-scam']?.done).toBe(false);
		expect(readProgress(shared.get(PROGRESS_KEY)).doc.lessons['spot-a-scam']?.done).toBe(false);
	});

	it('without the extras loaded, leaves an unreadable value untouched and says nothing yet', () => {
		const storage = new FakeStorage({ [PROGRESS_KEY]: '{oops' });
		const store = new ProgressStore(storage, { now: () => NOW });
		store.update(markDone('spot-a-scam'));
		expect(storage.getItem(PROGRESS_KEY)).toBe('{oops');
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
	});

	it('a clock set before 2000 is not read as damage: no backups, no notice, page after page', () => {
		const storage = new FakeStorage();
		const past = new Date('1999-06-01T08:00:00.000Z');
		for (let page = 0; page < 40; page++) {
			const store = new ProgressStore(storage, { now: () => past, extras });
			expect([...store.problems]).toEqual([]);
			store.update((doc) => recordVisit(doc, page % 2 ? 'spot-a-scam' : 'strong-passwords', store.now()));
		}
		expect(backups(storage)).toEqual([]);
		expect(readProgress(storage.getItem(PROGRESS_KEY)).problem).toBeUndefined();
	});

	it('property: backups stay few and small, whatever is found and however often', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 60_000 }), { minLength: 1, maxLength: 12 }), (values) => {
				const storage = new FakeStorage();
				let clock = Date.parse('2026-11-22T10:00:00.000Z');
				for (const raw of values) {
					storage.setItem(PROGRESS_KEY, raw);
					new ProgressStore(storage, { now: () => new Date((clock += 1000)), extras });
				}
				const kept = backups(storage);
				expect(kept.length).toBeLessThanOrEqual(MAX_BACKUPS);
				expect(kept.reduce((n, [, v]) => n + v.length, 0)).toBeLessThanOrEqual(MAX_BACKUP_CHARS);
				// The latest unreadable value is always among them (when it fits at all).
				const last = values.at(-1)!;
				if (readProgress(last).problem && last.length <= MAX_BACKUP_CHARS) expect(kept.map(([, v]) => v)).toContain(last);
			}),
			{ numRuns: 150 },
		);
	});
});
