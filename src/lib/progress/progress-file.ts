import { decodeCode, type CodeError } from './progress-code';
import { PROGRESS_VERSION, type ProgressDoc } from './progress-format';
import { serialiseDoc } from './progress-document';
import { readProgressValue } from './progress-read';

/**
 * The progress file a learner downloads and imports on another computer: the progress document
 * (progress-format.ts) with two fields for people who open it: `course` and `exportedAt`.
 * Imported text is untrusted: it is parsed, checked and rebuilt, never shown as HTML.
 */
export const FILE_MAX_CHARS = 512 * 1024;
const FILE_ONLY_FIELDS = ['course', 'exportedAt'];
const DAY_MS = 24 * 60 * 60 * 1000;

export function progressFile(doc: ProgressDoc, courseTitle: string, now: Date): { name: string; text: string } {
	const day = now.toISOString().slice(0, 10);
	return { name: `course-progress-${day}.json`, text: serialiseDoc(doc, { course: courseTitle, exportedAt: now.toISOString() }) };
}

/** `read`: the browser could not read the chosen file at all. */
/** `newer`: made by a newer edition of the course (or claims a version that cannot be true). */
export type FileError = 'empty' | 'read' | 'too-big' | 'not-json' | 'not-progress' | 'damaged' | 'newer';
/** The same problems in pasted text, which the learner should not hear called a "file". */
type PastedError = `pasted-${Exclude<FileError, 'empty' | 'read'>}`;
export type ImportError = FileError | PastedError | CodeError;
export type ImportResult = { ok: true; doc: ProgressDoc; from: 'file' | 'code' } | { ok: false; error: ImportError };

/** A file named as our exports are, or text that starts as they do: one that does not read is damaged. */
const looksExported = (text: string, name = '') => /^course-progress-.*\.json$/i.test(name) || /^\s*\{\s*"format"\s*:\s*"cds-progress"/.test(text);

/**
 * Reads a progress file's text. Dates later than `now` (and a day, for clocks a little apart)
 * cannot be true: they become that. `name`, the file's name, helps to tell a damaged export apart.
 */
export function parseProgressFile(text: string, now = new Date(), name?: string): ImportResult {
	// Some editors start a saved file with a byte-order mark: it is not part of the JSON.
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) return { ok: false, error: 'empty' };
	if (text.length > FILE_MAX_CHARS) return { ok: false, error: 'too-big' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, error: looksExported(text, name) ? 'damaged' : 'not-json' };
	}
	if (typeof value === 'object' && value !== null) {
		for (const field of FILE_ONLY_FIELDS) delete (value as Record<string, unknown>)[field];
	}
	const { doc, problem, newer } = readProgressValue(value, undefined, undefined, now.getTime() + DAY_MS);
	if (problem === 'corrupt') return { ok: false, error: 'not-progress' };
	if (newer) return { ok: false, error: 'newer' };
	if (problem === 'repaired') return { ok: false, error: 'damaged' };
	return { ok: true, doc, from: 'file' };
}

/** A code gives a document where the lessons it names are done (no dates, no scores: it has none). */
export function parseProgressCode(text: string, courseIds: string[]): ImportResult {
	const result = decodeCode(text, courseIds);
	if (!result.ok) return result;
	const doc: ProgressDoc = { version: PROGRESS_VERSION, lessons: {} };
	for (const id of result.done) doc.lessons[id] = { done: true, results: {} };
	return { ok: true, doc, from: 'code' };
}

/** What the learner pasted or typed: a whole file's text (starts with "{") or a code. */
export function parseImportText(text: string, courseIds: string[]): ImportResult {
	if (!text.trim().startsWith('{')) return parseProgressCode(text, courseIds);
	const result = parseProgressFile(text);
	return result.ok || result.error === 'empty' || result.error === 'read' ? result : { ok: false, error: `pasted-${result.error}` as ImportError };
}
