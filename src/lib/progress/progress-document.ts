import { PROGRESS_FORMAT, PROGRESS_VERSION, type ProgressDoc } from './progress-format';

/*
 * A new document, and a document as stored. Apart from progress-format.ts, whose ids and
 * constants lesson pages load before the store (save-without-store.ts), so they do not carry these.
 */

export const emptyDoc = (): ProgressDoc => ({ version: PROGRESS_VERSION, lessons: {} });

/** The document as JSON: format name and version first, then any header fields, then the rest. */
export function serialiseDoc(doc: ProgressDoc, header: Record<string, unknown> = {}): string {
	const rest: Record<string, unknown> = doc;
	return JSON.stringify({ format: PROGRESS_FORMAT, version: doc.version, ...header, ...rest });
}
