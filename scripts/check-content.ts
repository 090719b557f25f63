// Prints, for each lesson, its word count, reading grade and coverage IDs, then a coverage table.
// Fails when content is malformed, a lesson is above grade 9 or lacks a required part, or (with
// --require NET,MAIL) a skill of those groups is not taught by a lesson and tested by a quiz question.
import { loadContent } from '../src/content-layer/load-content';
import { formatProblems } from '../src/content-layer/problem';
import { reportLesson } from '../src/content-layer/lesson-standard';
import { similarPrompts, summariseQuizForm } from '../src/content-layer/quiz-form';
import { configuredSiteUrl, hostedSite, placeholderWarning } from '../src/lib/hosted-site';
import { deckBounds, deckFigures, planLesson } from '../src/lib/workshop/slide-plan';
import { MAX_SLIDE_LINES } from '../src/lib/workshop/slide-text';
import { adaptationsBehind } from '../src/content-layer/load-locale';

const requireArg = process.argv.find((a) => a.startsWith('--require='))?.split('=')[1] ?? '';
const required = new Set(requireArg.split(',').filter(Boolean));
const { lessons, coverage, problems, course, translations } = loadContent();
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}

const reports = lessons.map(reportLesson);
let failed = 0;
console.log('Lessons\n');
console.log(`${'lesson'.padEnd(52)} ${'words'.padStart(5)} ${'grade'.padStart(5)} ${'w/s'.padStart(5)} ${'long'.padStart(5)} ${'short'.padStart(5)} ${'T/F'.padStart(5)}  covers`);
for (const r of reports) {
	const { longestRight, shortestRight, oneQuestions, trueRight, falseRight } = r.quizForm;
	console.log(`${`${r.module}/${r.id}`.padEnd(52)} ${String(r.figures.words).padStart(5)} ${r.figures.grade.toFixed(1).padStart(5)} ${r.figures.wordsPerSentence.toFixed(1).padStart(5)} ${`${longestRight}/${oneQuestions}`.padStart(5)} ${`${shortestRight}/${oneQuestions}`.padStart(5)} ${`${trueRight}/${falseRight}`.padStart(5)}  ${r.covers.join(' ')}`);
	for (const f of r.failures) console.log(`    FAIL: ${f}`);
	for (const w of r.warnings) console.log(`    note: ${w}`);
	if (r.failures.length) failed++;
}

console.log('\n(long, short = one-answer questions whose right choice is the longest, the shortest / all; T/F = true/false questions answered True / False)');
for (const module of new Set(lessons.map((l) => l.data.module))) {
	const questions = lessons.filter((l) => l.data.module === module).flatMap((l) => (l.data.quiz ?? []).map((question) => ({ lesson: l.data.id, question })));
	for (const pair of similarPrompts(questions)) console.log(`note: ${module}: ${pair}; test one scenario once`);
}
const form = summariseQuizForm(reports.map((r) => r.quizForm));
console.log(`\nQuiz form, whole course: the right choice is the longest in ${form.longestRight} of ${form.oneQuestions} one-answer questions (${form.longestRightPercent}%) and the shortest in ${form.shortestRight} (${form.shortestRightPercent}%); true/false answered True ${form.trueRight}, False ${form.falseRight}; right choice at position 1/2/3/4+: ${form.positions.join('/')}.`);

console.log('\nCoverage (L = lessons that teach it, Q = lessons whose quiz tests it)\n');
const missing: string[] = [];
for (const group of coverage?.groups ?? []) {
	console.log(`${group.id}: ${group.title} (DigComp ${group.digComp.join(', ')})`);
	for (const skill of group.skills) {
		const taught = reports.filter((r) => r.covers.includes(skill.id)).map((r) => r.id);
		const tested = reports.filter((r) => r.quizCovers.includes(skill.id)).map((r) => r.id);
		const mark = taught.length && tested.length ? 'ok ' : taught.length ? 'L  ' : '-  ';
		console.log(`${mark} ${skill.id.padEnd(9)} L: ${taught.join(', ') || '—'}   Q: ${tested.join(', ') || '—'}`);
		if (required.has(group.id) && (!taught.length || !tested.length)) missing.push(skill.id);
	}
}

console.log(`\nSlides for a room (a slide made from the lesson shows at most ${MAX_SLIDE_LINES} short lines)\n`);
console.log(`${'lesson'.padEnd(52)} ${'min'.padStart(4)} ${'slides'.padStart(6)} ${'longest'.padStart(7)}`);
for (const lesson of lessons) {
	const plan = planLesson(lesson.tree, { minutes: lesson.data.minutes, keyPoints: lesson.data.keyPoints, quizLength: lesson.data.quiz?.length ?? 0 });
	const deck = deckFigures(plan);
	console.log(`${`${lesson.data.module}/${lesson.data.id}`.padEnd(52)} ${String(lesson.data.minutes).padStart(4)} ${String(deck.slides).padStart(6)} ${String(deck.longest).padStart(7)}`);
	for (const slide of deck.over) console.log(`    FAIL: the slide "${slide.title}" has more than ${MAX_SLIDE_LINES} lines: shorten its steps or points.`);
	if (deck.over.length) failed++;
	const bounds = deckBounds(lesson.data.minutes);
	if (deck.slides < bounds.min || deck.slides > bounds.max) console.log(`    note: ${deck.slides} slides for ${lesson.data.minutes} minutes; about ${bounds.min}-${bounds.aim} suit a room (fewer or more h2 sections?)`);
}

const siteWarning = placeholderWarning(hostedSite(configuredSiteUrl(course?.siteUrl)));
if (siteWarning) console.log(`\nnote: ${siteWarning}`);

// Adapted lessons (content/<locale>/) whose English lesson changed since the revision they record.
for (const { locale, lessons: adapted } of Object.values(translations)) {
	if (adapted.length) console.log(`\n${locale}: ${adapted.length} adapted lesson(s)`);
	for (const behind of adaptationsBehind(adapted, lessons, process.cwd())) console.log(`note: ${behind.file} follows revision ${behind.recorded} of ${behind.english}, which is now ${behind.now}: bring it up to date, then record the new revision.`);
}

const totalWords = reports.reduce((s, r) => s + r.figures.words, 0);
console.log(`\n${reports.length} lessons, ${totalWords} words, grades ${Math.min(...reports.map((r) => r.figures.grade))}-${Math.max(...reports.map((r) => r.figures.grade))}.`);
if (missing.length) console.log(`Not yet taught and tested: ${missing.join(', ')}`);
if (failed || missing.length) {
	console.error(`check:content failed: ${failed} lesson(s) below the standard${missing.length ? `, ${missing.length} required skill(s) not covered` : ''}.`);
	process.exit(1);
}
console.log('check:content passed.');
