import { mergeDocs, mergeLesson } from './progress-merge';
import { own, type LessonRecord, type ProgressDoc } from './progress-format';

/**
 * A tab's recent changes that another tab may not have seen. Browsers hand a tab's storage writes
 * to other tabs a moment later (Chromium keeps a copy of localStorage in each tab), so two tabs that
 * write within that moment each write over the other. Each tab keeps what it added for a while and,
 * when another tab's write arrives (the `storage` event), merges it back in if it is missing.
 * Only changes that only add (a visit, "done", a better score) are kept: merging is then always
 * right. A change that takes something away (marking a lesson not done) drops what this tab kept
 * for that lesson, so it is never undone by an older copy.
 */

/** How long a change is kept: far longer than any browser takes to hand a write to another tab. */
export const SETTLE_MS = 10_000;

/** JSON with keys sorted, so that equal documents compare equal whatever their key order. */
const canonical = (value: unknown): string =>
	JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
	);
export const sameDoc = (a: ProgressDoc, b: ProgressDoc) => canonical(a) === canonical(b);

const NONE: LessonRecord = { done: false, results: {} };

export class Unconfirmed {
	#changes: { at: number; stamp: string; lessons: Record<string, LessonRecord> }[] = [];

	/** Keeps what `after` adds to `before`, lesson by lesson; `at` is a real time, `stamp` the time saved in records. */
	add(before: ProgressDoc, after: ProgressDoc, at: number, stamp: string): void {
		const added: Record<string, LessonRecord> = {};
		for (const [id, record] of Object.entries(after.lessons)) {
			const old = own(before.lessons, id);
			if (old === record) continue;
			if (canonical(mergeLesson(old ?? NONE, record)) === canonical(record)) added[id] = record;
			else for (const change of this.#changes) delete change.lessons[id];
		}
		if (Object.keys(added).length > 0) this.#changes.push({ at, stamp, lessons: added });
	}

	/** Everything the tab holds counts as new (it moved its progress to another storage). */
	addAll(doc: ProgressDoc, at: number, stamp: string): void {
		this.#changes.push({ at, stamp, lessons: { ...doc.lessons } });
	}

	/**
	 * The stored document with this tab's recent additions merged in. They are kept until they are
	 * old, not until they show: a tab sees its own writes at once, before any other tab does.
	 */
	heal(saved: ProgressDoc, at: number): ProgressDoc {
		this.#changes = this.#changes.filter((change) => Math.abs(at - change.at) <= SETTLE_MS);
		let doc = saved;
		for (const change of this.#changes) {
			// A lesson another tab marked not done since this change: that tab's word stands.
			const lessons = Object.entries(change.lessons).filter(([id]) => !((own(doc.lessons, id)?.undoneAt ?? '') >= change.stamp));
			const merged = mergeDocs(doc, { version: doc.version, lessons: Object.fromEntries(lessons) });
			if (!sameDoc(merged, doc)) doc = merged;
		}
		return doc;
	}

	/** The stored progress was erased ("Forget me" in another tab): nothing comes back. */
	clear(): void {
		this.#changes = [];
	}
}
