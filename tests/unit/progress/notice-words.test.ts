import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, noticeWords } from '../../../src/islands/progress/notice-words';
import { locales } from '../../../src/i18n/t';

describe('noticeWords', () => {
	it('gives every notice kind, and the link, words in every language', () => {
		for (const locale of locales) {
			const words = noticeWords(locale);
			expect(Object.keys(words).sort()).toEqual([...NOTICE_KINDS, 'takeIt'].sort());
			for (const text of Object.values(words)) expect(text.trim().length).toBeGreaterThan(5);
		}
	});

	it('says what the static notices say', () => {
		expect(noticeWords('en').quota).toBe('This browser’s storage is full, so new progress may not be kept. Your saved progress is still here.');
	});
});
