/**
 * The short code a learner can write on paper: which lessons are done, nothing else.
 * Layout (docs/progress-formats.md): version "1", 2 characters naming the course edition,
 * one character per 5 lessons (a bit per lesson, lessons sorted by id), 1 check character.
 * Characters are Crockford's base 32 (no I, L, O, U: they look like 1, 0 and V); the check
 * character (Luhn mod 32) catches any single wrong character and most swapped neighbours.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = CODE_ALPHABET.length;
export const CODE_VERSION = '1';

export type CodeError = 'empty' | 'characters' | 'typo' | 'version' | 'edition';
export type CodeResult = { ok: true; done: string[] } | { ok: false; error: CodeError };

/** Luhn mod N: the sum of the digits with every second one doubled (from the right). */
function luhnSum(values: number[], doubleFirst: boolean): number {
	let sum = 0;
	let double = doubleFirst;
	for (let i = values.length - 1; i >= 0; i--) {
		let v = values[i]! * (double ? 2 : 1);
		v = Math.floor(v / N) + (v % N);
		sum += v;
		double = !double;
	}
	return sum % N;
}

const toValues = (text: string) => [...text].map((c) => CODE_ALPHABET.indexOf(c));
/** The character that makes the Luhn sum of `body` + it come out at 0. */
export const checkCharacter = (body: string) => CODE_ALPHABET[(N - luhnSum(toValues(body), true)) % N]!;

/** Ten bits naming a set of lesson ids (FNV-1a), so a code made for another edition is refused. */
function edition(sortedIds: string[]): string {
	let hash = 0x811c9dc5;
	for (const char of sortedIds.join(',')) {
		hash ^= char.charCodeAt(0);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return CODE_ALPHABET[(hash >>> 5) & 31]! + CODE_ALPHABET[hash & 31]!;
}

/** Groups of four, easier to copy: 1AB3-K7QX-P2. */
export const groupCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** What the learner typed, tidied: case, spaces and hyphens ignored; O read as 0, I and L as 1. */
export function normaliseCode(text: string): string {
	return text.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function encodeCode(doneIds: Iterable<string>, courseIds: string[]): string {
	const done = new Set(doneIds);
	const sorted = [...new Set(courseIds)].sort();
	let body = CODE_VERSION + edition(sorted);
	for (let i = 0; i < sorted.length; i += 5) {
		let value = 0;
		for (let bit = 0; bit < 5; bit++) value = (value << 1) | (done.has(sorted[i + bit] ?? '') ? 1 : 0);
		body += CODE_ALPHABET[value];
	}
	return groupCode(body + checkCharacter(body));
}

export function decodeCode(text: string, courseIds: string[]): CodeResult {
	const code = normaliseCode(text);
	if (!code) return { ok: false, error: 'empty' };
	if (![...code].every((c) => CODE_ALPHABET.includes(c))) return { ok: false, error: 'characters' };
	if (code.length < 4 || luhnSum(toValues(code), false) !== 0) return { ok: false, error: 'typo' };
	// Only a version after this one is "newer"; any other (such as all zeros, which passes the check) is a mistake.
	if (code[0] !== CODE_VERSION) return { ok: false, error: CODE_ALPHABET.indexOf(code[0]!) > CODE_ALPHABET.indexOf(CODE_VERSION) ? 'version' : 'typo' };
	const sorted = [...new Set(courseIds)].sort();
	const bits = code.slice(3, -1);
	if (code.slice(1, 3) !== edition(sorted) || bits.length !== Math.ceil(sorted.length / 5)) return { ok: false, error: 'edition' };
	const done: string[] = [];
	sorted.forEach((id, i) => {
		if ((CODE_ALPHABET.indexOf(bits[Math.floor(i / 5)]!) >> (4 - (i % 5))) & 1) done.push(id);
	});
	return { ok: true, done };
}
