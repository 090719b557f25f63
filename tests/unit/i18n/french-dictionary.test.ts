import { describe, expect, it } from 'vitest';
import { en, enParts } from '../../../src/i18n/en/index';
import { fr, frParts } from '../../../src/i18n/fr/index';
import { allDictionaryProblems, dictionaryProblems } from '../../../src/i18n/check-dictionaries';
import { formatProblems } from '../../../src/content-layer/problem';
import { frenchTypography } from '../../../src/i18n/french-typography';
import { fill } from '../../../src/i18n/fill';

const french = (parts: Record<string, Record<string, string>>) => ({ name: 'French', folder: 'src/i18n/fr', parts });
/** The French files with one key taken out of one file. */
function without(part: keyof typeof frParts, key: string): Record<string, Record<string, string>> {
	const { [key]: _removed, ...rest } = frParts[part] as Record<string, string>;
	return { ...frParts, [part]: rest };
}

describe('the French dictionary', () => {
	it('has every English key, and no other, file by file', () => {
		expect(allDictionaryProblems()).toEqual([]);
		for (const [part, strings] of Object.entries(enParts)) expect(Object.keys(frParts[part as keyof typeof frParts]).sort()).toEqual(Object.keys(strings).sort());
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
	});

	it('is in French: no string is left the same as the English, but for names and figures', () => {
		const same = Object.entries(en).filter(([key, words]) => fr[key as keyof typeof fr] === words).map(([key]) => key);
		// Words French shares with English, and strings that are only placeholders.
		const shared = new Set(['site.menu', 'quiz.crumb', 'practice.inbox.date', 'practice.browser.menu', 'practice.browser.zoom', 'progress.activity.quiz', 'download.version', 'readAloud.pause', 'workshop.notes.notes', 'workshop.timer.pause', 'workshop.slides.counter', 'workshop.note.minutes', 'duration.minutes', 'practice.browser.live.zoomLevel', 'trainers.colModule', 'practice.inbox.live.notChecked']);
		expect(same.filter((key) => !shared.has(key))).toEqual([]);
	});

	it('follows French typography: no-break spaces before : ; ! ? and inside « »', () => {
		for (const [key, words] of Object.entries(fr)) {
			expect.soft(frenchTypography(words), key).toBe(words);
			expect.soft(words, key).not.toMatch(/ [:;!?»]|« /);
			expect.soft(words, key).not.toMatch(/"/); // French quotes are « »
		}
		expect(fr['search.none']).toBe('Aucune leçon trouvée pour «\u00A0{query}\u00A0».');
		expect(fr['home.start']).toBe('Par où voulez-vous commencer\u202F?');
		expect(fr['module.start']).toBe('Commencer la leçon {n}\u00A0: {title}');
	});

	it('says numbers of lessons with the French plural rule (0 and 1 take the singular)', () => {
		expect(fill(fr['progress.bar'], { done: 0, total: 8 }, 'fr')).toBe('0 leçon faite sur 8');
		expect(fill(fr['progress.bar'], { done: 1, total: 8 }, 'fr')).toBe('1 leçon faite sur 8');
		expect(fill(fr['progress.bar'], { done: 2, total: 8 }, 'fr')).toBe('2 leçons faites sur 8');
		expect(fill(fr['module.count'], { count: 1, time: '20 minutes' }, 'fr')).toBe('1 leçon · environ 20 minutes');
		expect(fill(fr['search.count'], { count: 0, query: 'arnaque' }, 'fr')).toBe('0 leçon trouvée pour «\u00A0arnaque\u00A0».');
	});
});

describe('a missing key stops the build, naming it', () => {
	it('names the key, the file to add it to, and the English words', () => {
		const problems = dictionaryProblems(french(without('quiz', 'quiz.check')));
		expect(problems).toHaveLength(1);
		expect(formatProblems(problems)).toContain(
			'src/i18n/fr/quiz.ts\n  key `quiz.check`: is missing in the French interface strings.\n  Fix: add \'quiz.check\': \'…\' to src/i18n/fr/quiz.ts, in French (the English says "Check my answer").',
		);
	});

	it('names an unknown key, with the key it most likely meant', () => {
		const parts = without('quiz', 'quiz.check');
		const problems = dictionaryProblems(french({ ...parts, quiz: { ...parts.quiz, 'quiz.chek': 'Vérifier' } }));
		expect(problems).toEqual([expect.objectContaining({ file: 'src/i18n/fr/quiz.ts', field: 'key `quiz.chek`', fix: expect.stringContaining('did you mean "quiz.check"?') })]);
	});

	it('names a string that lost a placeholder, and an empty one', () => {
		const problems = dictionaryProblems(french({ ...frParts, quiz: { ...frParts.quiz, 'quiz.score': 'Votre score', 'quiz.retry': '' } }));
		expect(problems.map((p) => p.field).sort()).toEqual(['key `quiz.retry`', 'key `quiz.score`']);
		expect(problems.find((p) => p.field === 'key `quiz.score`')!.problem).toContain('{score}, {total}');
	});

	it('names a whole missing file, and a file English does not have', () => {
		const { scorm: _scorm, ...parts } = frParts;
		const problems = dictionaryProblems(french({ ...parts, extra: { a: 'b' } }));
		expect(problems.map((p) => p.file)).toEqual(['src/i18n/fr/scorm.ts', 'src/i18n/fr/extra.ts']);
	});
});
