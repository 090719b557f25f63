import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptationStatus, frenchCoverage, outdatedAdaptations, readFrenchLessons, sourceRevision, type FrenchLessonFacts } from '../../src/content-layer/french-report';

const root = join(process.cwd(), 'tests/fixtures/french-content');
const facts = (over: Partial<FrenchLessonFacts>): FrenchLessonFacts => ({ file: 'content/fr/lessons/x/01-a.mdx', id: 'a', module: 'x', covers: [], quizCovers: [], quiz: [], ...over });

describe('sourceRevision', () => {
	it('is the first 12 hex digits of the sha256 of the English file', () => {
		// sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
		expect(sourceRevision('abc')).toBe('ba7816bf8f01');
		expect(sourceRevision(Buffer.from('abc'))).toBe('ba7816bf8f01');
	});
});

describe('adaptations behind their English source', () => {
	it('tells current, outdated, unrecorded and orphan adaptations apart', () => {
		const states = adaptationStatus([
			facts({ id: 'a', recorded: 'aaaaaaaaaaaa', current: 'aaaaaaaaaaaa' }),
			facts({ id: 'b', recorded: 'aaaaaaaaaaaa', current: 'bbbbbbbbbbbb' }),
			facts({ id: 'c', current: 'cccccccccccc' }),
			facts({ id: 'd', recorded: 'dddddddddddd' }),
		]).map((s) => [s.id, s.state]);
		expect(states).toEqual([['a', 'current'], ['b', 'outdated'], ['c', 'no-revision'], ['d', 'no-english']]);
		expect(outdatedAdaptations([facts({ id: 'a', recorded: 'x', current: 'x' }), facts({ id: 'b', recorded: 'x', current: 'y' })]).map((s) => s.id)).toEqual(['b']);
	});
});

describe('French skills coverage', () => {
	const coverage = {
		groups: [
			{ id: 'SAFE', title: 'Safe', digComp: [], skills: [{ id: 'SAFE-1', text: '' }, { id: 'SAFE-2', text: '' }] },
			{ id: 'JOB', title: 'Jobs', digComp: [], skills: [{ id: 'JOB-1', text: '' }] },
		],
	};
	it('lists the skills of groups taught in French, with the lessons that teach and test each', () => {
		const rows = frenchCoverage(coverage, [facts({ id: 'strong-passwords', covers: ['SAFE-1'], quizCovers: ['SAFE-1'] })]);
		expect(rows).toEqual([
			{ group: 'SAFE', skill: 'SAFE-1', taught: ['strong-passwords'], tested: ['strong-passwords'] },
			{ group: 'SAFE', skill: 'SAFE-2', taught: [], tested: [] },
		]);
		expect(frenchCoverage(coverage, [], ['JOB']).map((r) => r.skill)).toEqual(['JOB-1']);
	});
});

describe('reading the French lessons from a content folder', () => {
	const { lessons, problems } = readFrenchLessons(root, process.cwd());
	const byId = new Map(lessons.map((l) => [l.facts.id, l]));

	it('reads every French lesson, with its English source’s revision now', () => {
		expect(problems).toEqual([]);
		expect([...byId.keys()].sort()).toEqual(['spot-a-scam', 'strong-passwords', 'ways-to-get-online']);
		const english = readFileSync(join(root, 'lessons/staying-safe/01-strong-passwords.mdx'));
		expect(byId.get('strong-passwords')!.facts).toMatchObject({ module: 'staying-safe', current: sourceRevision(english), recorded: sourceRevision(english), covers: ['SAFE-1'], quizCovers: ['SAFE-1'] });
		expect(adaptationStatus(lessons.map((l) => l.facts)).map((s) => [s.id, s.state])).toEqual([
			['ways-to-get-online', 'no-english'],
			['strong-passwords', 'current'],
			['spot-a-scam', 'outdated'],
		]);
	});

	it('measures the learner’s prose in French, without trainer notes', () => {
		const figures = byId.get('strong-passwords')!.figures;
		expect(figures).toMatchObject({ words: 19, sentences: 3 });
		expect(figures.ease).toBeGreaterThan(70);
	});
});
