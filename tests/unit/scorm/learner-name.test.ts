import { describe, expect, it } from 'vitest';
import { certificateName } from '../../../src/lib/scorm/learner-name';

describe('the learner name from cmi.core.student_name ("Last, First")', () => {
	it.each([
		['Okafor, Ada', 'Ada Okafor'],
		['  Dupont ,  Marie Claire ', 'Marie Claire Dupont'],
		['García Márquez, Gabriel', 'Gabriel García Márquez'],
		['Ada Okafor', 'Ada Okafor'],
		['Smith,', 'Smith'],
		[', Ada', 'Ada'],
		['Okafor,\tAda\n', 'Ada Okafor'],
	])('%j gives %j', (raw, name) => {
		expect(certificateName(raw)).toBe(name);
	});

	it('gives nothing for an empty or missing name', () => {
		for (const raw of ['', '   ', ',', undefined, null, 42]) expect(certificateName(raw)).toBeUndefined();
	});

	it('keeps to the 80 characters the name field takes', () => {
		expect(certificateName(`${'L'.repeat(70)}, ${'F'.repeat(70)}`)!.length).toBeLessThanOrEqual(80);
	});
});
