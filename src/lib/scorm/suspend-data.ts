import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { essentials } from '../progress/essentials';
import { type ProgressDoc } from '../progress/progress-format';
import { serialiseDoc } from '../progress/progress-document';
import { readProgress } from '../progress/progress-read';
import { SUSPEND_DATA_MAX } from './scorm12-api';

/**
 * The learner's progress in `cmi.suspend_data`, which SCORM 1.2 limits to 4,096 characters.
 * The short progress code (progress-code.ts) would fit, but it carries only lessons done: the
 * quiz scores behind `cmi.core.score.raw` would be lost between visits. So the value is the
 * progress document's essentials (lessons done and best results, the same cut the store makes
 * when storage is full), deflated and written in base64: about 1 kB for a course of 40 lessons.
 * Layout: "cds1." then the base64 text. If even that is too long, dates and attempt counts go.
 */
export const SUSPEND_PREFIX = 'cds1.';

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

function fromBase64(text: string): Uint8Array {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

const pack = (doc: ProgressDoc) => SUSPEND_PREFIX + toBase64(deflateSync(strToU8(serialiseDoc(doc)), { level: 9 }));

/** Only what says how far the learner is: lessons done, best quiz and practice results. */
function smallest(doc: ProgressDoc): ProgressDoc {
	const lessons: ProgressDoc['lessons'] = {};
	for (const [id, lesson] of Object.entries(doc.lessons)) {
		const results: ProgressDoc['lessons'][string]['results'] = {};
		for (const [activity, { best, total }] of Object.entries(lesson.results)) results[activity] = { best, total, attempts: 1 };
		lessons[id] = { done: lesson.done, results };
	}
	return { version: doc.version, lessons };
}

/** The value for `cmi.suspend_data`, or undefined when the progress cannot fit in 4,096 characters. */
export function encodeSuspendData(doc: ProgressDoc): string | undefined {
	for (const candidate of [essentials(doc), smallest(essentials(doc))]) {
		const value = pack(candidate);
		if (value.length <= SUSPEND_DATA_MAX) return value;
	}
	return undefined;
}

export type DecodeResult = { ok: true; doc?: ProgressDoc } | { ok: false };

/**
 * Reads `cmi.suspend_data` back. Empty: nothing saved yet (`doc` undefined). Anything that is not
 * a value this course wrote, or is damaged, gives `ok: false`: the caller keeps the learner's
 * progress on the computer rather than guess.
 */
export function decodeSuspendData(value: unknown): DecodeResult {
	if (value === undefined || value === null || value === '') return { ok: true };
	if (typeof value !== 'string' || !value.startsWith(SUSPEND_PREFIX) || value.length > SUSPEND_DATA_MAX) return { ok: false };
	try {
		const text = strFromU8(inflateSync(fromBase64(value.slice(SUSPEND_PREFIX.length))));
		const { doc, problem } = readProgress(text);
		return problem ? { ok: false } : { ok: true, doc };
	} catch {
		return { ok: false };
	}
}
