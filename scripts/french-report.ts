// The French part of `npm run check:content`: each French lesson's reading ease (Kandel and
// Moles), the adaptations whose English source changed since (sourceRevision), and which
// coverage skills the French lessons teach and test. Only unreadable French files fail the
// check; the rest are notes, so an English edit never blocks the English course.
import { adaptationStatus, frenchCoverage, readFrenchLessons } from '../src/content-layer/french-report';
import { formatProblems } from '../src/content-layer/problem';
import { checkQuizForm, summariseQuizForm } from '../src/content-layer/quiz-form';
import type { Coverage } from '../src/schemas/coverage';

/** Below this Kandel-Moles ease a French lesson gets a note: about the English grade 9 limit. */
export const MIN_FRENCH_EASE = 60;

const STATE_WORDS = {
	current: 'follows its English source',
	outdated: 'English source changed since: adapt the changes, then set sourceRevision',
	'no-revision': 'no sourceRevision: set it to the revision of its English file',
	'no-english': 'no English lesson of the same file name',
} as const;

export function printFrenchReport(input: { contentRoot: string; projectRoot: string; coverage: Pick<Coverage, 'groups'> | undefined; english: { id: string; covers: string[] }[] }): { problems: number } {
	const { lessons, problems } = readFrenchLessons(input.contentRoot, input.projectRoot);
	if (lessons.length === 0 && problems.length === 0) {
		console.log('\nFrench edition: no French lessons (content/fr/lessons/).');
		return { problems: 0 };
	}
	console.log('\nFrench edition: lessons (ease = Kandel-Moles reading ease, higher is easier; aim for ' + MIN_FRENCH_EASE + ' or more)\n');
	console.log(`${'lesson'.padEnd(52)} ${'words'.padStart(5)} ${'ease'.padStart(5)} ${'w/s'.padStart(5)} ${'long'.padStart(5)} ${'short'.padStart(5)} ${'T/F'.padStart(5)}  source`);
	let quizFailures = 0;
	const states = new Map(adaptationStatus(lessons.map((l) => l.facts)).map((s) => [s.file, s]));
	const englishCovers = new Map(input.english.map((l) => [l.id, l.covers]));
	for (const { facts, figures } of lessons) {
		const state = states.get(facts.file)!;
		// The same quiz-form rules as the English lessons: the right answer is not guessable by its form.
		const form = checkQuizForm(facts.quiz);
		const { longestRight, shortestRight, oneQuestions, trueRight, falseRight } = form.figures;
		console.log(`${`${facts.module}/${facts.id}`.padEnd(52)} ${String(figures.words).padStart(5)} ${figures.ease.toFixed(1).padStart(5)} ${figures.wordsPerSentence.toFixed(1).padStart(5)} ${`${longestRight}/${oneQuestions}`.padStart(5)} ${`${shortestRight}/${oneQuestions}`.padStart(5)} ${`${trueRight}/${falseRight}`.padStart(5)}  ${state.state === 'current' ? 'ok' : state.state}`);
		for (const failure of form.failures) console.log(`    FAIL: ${failure}`);
		for (const note of form.notes) console.log(`    note: ${note}`);
		quizFailures += form.failures.length ? 1 : 0;
		if (state.state !== 'current') console.log(`    note: ${STATE_WORDS[state.state]}${state.current ? ` (English now ${state.current}${state.recorded ? `, recorded ${state.recorded}` : ''})` : ''}`);
		if (figures.ease < MIN_FRENCH_EASE) console.log(`    note: reading ease ${figures.ease} is below ${MIN_FRENCH_EASE}: use shorter sentences and everyday words`);
		const english = englishCovers.get(facts.id);
		if (english && english.join() !== facts.covers.join()) console.log(`    note: covers ${facts.covers.join(' ') || '—'}, the English lesson covers ${english.join(' ')}`);
	}
	const outdated = [...states.values()].filter((s) => s.state !== 'current');
	const eases = lessons.map((l) => l.figures.ease);
	console.log(`\n${lessons.length} French lessons, ${lessons.reduce((s, l) => s + l.figures.words, 0)} words, ease ${Math.min(...eases)}-${Math.max(...eases)}; ${outdated.length ? `${outdated.length} to look at again: ${outdated.map((s) => s.id).join(', ')}` : 'all follow their English source'}.`);
	if (input.coverage) {
		console.log('\nFrench coverage (L = French lessons that teach it, Q = French lessons whose quiz tests it)\n');
		for (const row of frenchCoverage(input.coverage, lessons.map((l) => l.facts))) {
			const mark = row.taught.length && row.tested.length ? 'ok ' : row.taught.length ? 'L  ' : '-  ';
			console.log(`${mark} ${row.skill.padEnd(9)} L: ${row.taught.join(', ') || '—'}   Q: ${row.tested.join(', ') || '—'}`);
		}
	}
	const form = summariseQuizForm(lessons.map((l) => checkQuizForm(l.facts.quiz).figures));
	console.log(`\nQuiz form, French lessons: the right choice is the longest in ${form.longestRight} of ${form.oneQuestions} one-answer questions (${form.longestRightPercent}%) and the shortest in ${form.shortestRight} (${form.shortestRightPercent}%); true/false answered Vrai ${form.trueRight}, Faux ${form.falseRight}; right choice at position 1/2/3/4+: ${form.positions.join('/')}.`);
	if (problems.length) console.error(`\n${formatProblems(problems)}`);
	if (quizFailures) console.error(`\n${quizFailures} French lesson(s) fail the quiz-form rules.`);
	return { problems: problems.length + quizFailures };
}
