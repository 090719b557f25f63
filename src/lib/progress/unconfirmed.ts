import { mergeDocs, mergeLesson } from './progress-merge';
import { own, type LessonRecord, type ProgressDoc } from './progress-format';

/**
 * A tab's recent changes that another tab may not have seen. Browsers hand a tab's storage writes
 * to other tabs a moment later (Chromium keeps a copy of localStorage in each tab), so two tabs that
 * write within that moment each write over the other. The store keeps its recent changes for a
 * while (progress-store.ts) and, when another tab's write arrives, `heal` merges back in what they
 * added, if it is missing. Only what a change adds (a visit, "done", a better score) is merged:
 * that is always right. A change that takes something away (marking a lesson not done) drops the
 * earlier additions for that lesson, and a lesson another tab marked not done since (`undoneAt`)
 * is left as that tab said.
 */
export interface RecentChange {
	/** The time saved in records when the change was made. */
	stamp: string;
	/** The document before and after; no `before` when all of `after` counts as added (a move). */
	before?: ProgressDoc;
	after: ProgressDoc;
}

/** JSON with keys sorted, so that equal documents compare equal whatever their key order. */
const canonical = (value: unknown): string =>
	JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
	);
export const sameDoc = (a: ProgressDoc, b: ProgressDoc) => canonical(a) === canonical(b);

const NONE: LessonRecord = { done: false, results: {} };

/** The stored document with the changes' additions merged in, or undefined when none is missing. */
export function heal(saved: ProgressDoc, changes: readonly RecentChange[]): ProgressDoc | undefined {
	const additions: { stamp: string; lessons: Map<string, LessonRecord> }[] = [];
	for (const { stamp, before, after } of changes) {
		const lessons = new Map<string, LessonRecord>();
		for (const [id, record] of Object.entries(after.lessons)) {
			const old = before && own(before.lessons, id);
			if (before && old === record) continue;
			if (!before || canonical(mergeLesson(old ?? NONE, record)) === canonical(record)) lessons.set(id, record);
			else for (const earlier of additions) earlier.lessons.delete(id);
		}
		additions.push({ stamp, lessons });
	}
	let doc = saved;
	for (const { stamp, lessons } of additions) {
		const kept = [...lessons].filter(([id]) => !((own(doc.lessons, id)?.undoneAt ?? '') >= stamp));
		doc = mergeDocs(doc, { version: doc.version, lessons: Object.fromEntries(kept) });
	}
	return sameDoc(doc, saved) ? undefined : doc;
}
