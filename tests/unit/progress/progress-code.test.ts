import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkCharacter, decodeCode, encodeCode, normaliseCode } from '../../../src/lib/progress/progress-code';

const course = ['strong-passwords', 'spot-a-scam', 'use-email', 'open-a-browser', 'search-well', 'fill-in-forms', 'shared-computers'];
const sorted = [...course].sort();

describe('the short progress code', () => {
	it('is short, grouped by four, and starts with its version', () => {
		const code = encodeCode(['spot-a-scam', 'use-email'], course);
		expect(code).toMatch(/^1[0-9A-Z]{3}-[0-9A-Z]{1,4}$/);
		expect(normaliseCode(code)).toHaveLength(1 + 2 + 2 + 1);
		expect(encodeCode([], [])).toHaveLength(4);
	});

	it('gives back the lessons that were done', () => {
		const code = encodeCode(['spot-a-scam', 'use-email', 'not-in-course'], course);
		expect(decodeCode(code, course)).toEqual({ ok: true, done: ['spot-a-scam', 'use-email'] });
	});

	it('forgives case, spaces, hyphens, and O, I and L for 0, 1 and 1', () => {
		const code = encodeCode(course, course);
		const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
		expect(decodeCode(sloppy, course)).toEqual({ ok: true, done: sorted });
	});

	it('names what is wrong with a code that cannot be used', () => {
		const code = normaliseCode(encodeCode(['spot-a-scam'], course));
		expect(decodeCode('   ', course)).toEqual({ ok: false, error: 'empty' });
		expect(decodeCode(`${code}!`, course)).toEqual({ ok: false, error: 'characters' });
		expect(decodeCode(`${code}U`, course)).toEqual({ ok: false, error: 'characters' });
		const typo = code.slice(0, 4) + (code[4] === 'Z' ? 'Y' : 'Z') + code.slice(5);
		expect(decodeCode(typo, course)).toEqual({ ok: false, error: 'typo' });
		// Made for an edition of the course with another set of lessons.
		expect(decodeCode(code, [...course, 'a-new-lesson'])).toEqual({ ok: false, error: 'edition' });
	});

	it('calls junk that passes the check (all zeros) a mistake, not a code from a newer edition', () => {
		expect(decodeCode('0000-0000', course)).toEqual({ ok: false, error: 'typo' });
		expect(decodeCode('0000', course)).toEqual({ ok: false, error: 'typo' });
	});

	it('refuses a future version of the code', () => {
		const body = `2${normaliseCode(encodeCode([], course)).slice(1, -1)}`;
		expect(decodeCode(body + checkCharacter(body), course)).toEqual({ ok: false, error: 'version' });
	});

	it('property: any set of done lessons comes back the same', () => {
		fc.assert(
			fc.property(fc.subarray(course), (done) => {
				expect(decodeCode(encodeCode(done, course), course)).toEqual({ ok: true, done: [...done].sort() });
			}),
		);
	});

	it('property: the check character catches every single wrong character', () => {
		fc.assert(
			fc.property(fc.subarray(course), fc.nat(), fc.integer({ min: 1, max: 31 }), (done, at, shift) => {
				const code = normaliseCode(encodeCode(done, course));
				const i = at % code.length;
				const wrong = code.slice(0, i) + CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[i]!) + shift) % 32] + code.slice(i + 1);
				expect(decodeCode(wrong, course).ok).toBe(false);
			}),
			{ numRuns: 500 },
		);
	});

	it('property: swapping two different neighbours is caught (almost always) and never throws', () => {
		let caught = 0;
		let swaps = 0;
		fc.assert(
			fc.property(fc.subarray(course), fc.nat(), (done, at) => {
				const code = normaliseCode(encodeCode(done, course));
				const i = at % (code.length - 1);
				if (code[i] === code[i + 1]) return;
				swaps++;
				if (!decodeCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2), course).ok) caught++;
			}),
			{ numRuns: 500 },
		);
		expect(caught / swaps).toBeGreaterThan(0.95);
	});

	it('property: random text never throws and is never read as progress by accident', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (text) => {
				const result = decodeCode(text, course);
				if (result.ok) expect(normaliseCode(text)).toBe(normaliseCode(encodeCode(result.done, course)));
			}),
			{ numRuns: 1000 },
		);
	});
});
