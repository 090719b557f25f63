import type { ProgressDoc } from './progress-format';

/**
 * When storage is full, the store saves this smaller document: what a learner would miss most.
 * Lessons done and best results only: no visit-only records, no dates but `doneAt`, no unknown fields.
 */
export function essentials(doc: ProgressDoc): ProgressDoc {
	const lessons: ProgressDoc['lessons'] = {};
	for (const [id, { done, doneAt, results }] of Object.entries(doc.lessons)) {
		if (!done && Object.keys(results).length === 0) continue;
		const kept: ProgressDoc['lessons'][string] = { done, doneAt, results: {} };
		for (const [activity, { best, total, attempts }] of Object.entries(results)) kept.results[activity] = { best, total, attempts };
		lessons[id] = kept;
	}
	return { version: doc.version, lessons };
}
