import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content-layer/load-content';
import { buildDeck } from '../../../src/lib/workshop/deck';
import { deckBounds, deckFigures, planLesson, plannedLines, roomQuestions } from '../../../src/lib/workshop/slide-plan';
import { LINE_CHARS, MAX_SLIDE_LINES, shorten } from '../../../src/lib/workshop/slide-text';

const facts = { minutes: 25, keyPoints: ['Check the sender and the link before you click.', 'Call back on a number you know.'], quizLength: 5 };
const source = `Intro text for the lesson.

<TrainerNote minutes={3}>Ask who had a strange text.</TrainerNote>

## Know the signs

Scams share signs. ${'This paragraph is long and goes on. '.repeat(12)}

- **A rush:** a deadline, a threat, or "your account will be closed today".
- **A secret:** "do not tell anyone".
- **Too good to be true:** a prize or a refund.
- **A request for a code**
- **A strange way to pay:** gift cards or crypto.

<Figure src="/images/x.svg" alt="An email with four signs circled" caption="A phishing email." />

<TrainerNote minutes={5}>Project the picture.</TrainerNote>

## Check the sender and the link

<Steps>

1. Look at the sender's full email address, not just the name shown at the top of the message.
2. Point at the link with the mouse without clicking, and read the address that shows at the bottom.

</Steps>

## Call back

When a call worries you, hang up. Then call back on a number you know, from a bill or a card.

<TrainerNote minutes={4}>Role-play a call.</TrainerNote>

## Learn more

- [A source](https://example.org/)
`;

describe('planLesson: slides made for a room', () => {
	const plan = planLesson(mdxToMdast(source), facts);

	it('gives each section one slide: its picture, its steps, or a few short points; "Learn more" none', () => {
		expect(plan.slides.map((s) => [s.kind, s.title])).toEqual([
			['picture', 'Know the signs'],
			['steps', 'Check the sender and the link'],
			['points', 'Call back'],
		]);
		expect(plan.sections.map((s) => [s.title, s.minutes, s.shown])).toEqual([
			[undefined, 3, false],
			['Know the signs', 5, true],
			['Check the sender and the link', undefined, true],
			['Call back', 4, true],
			['Learn more', undefined, false],
		]);
	});

	it('cuts steps to one short line each, keeping them in full for the notes', () => {
		const steps = plan.slides[1]!;
		expect(steps.kind === 'steps' && steps.steps).toEqual(['Look at the sender\'s full email address', 'Point at the link with the mouse without clicking']);
		expect(steps.kind === 'steps' && steps.full[0]).toContain('shown at the top of the message');
	});

	it('with no picture, steps or list, shows the key point the section teaches', () => {
		const points = plan.slides[2]!;
		expect(points.kind === 'points' && points.lines).toEqual(['Call back on a number you know.']);
	});

	it('asks the room two questions in a short lesson and up to four in a long one, spread over the quiz', () => {
		expect(roomQuestions(25, 5)).toEqual([0, 4]);
		expect(roomQuestions(40, 5)).toEqual([0, 2, 4]);
		expect(roomQuestions(60, 6)).toEqual([0, 2, 3, 5]);
		expect(roomQuestions(25, 1)).toEqual([0]);
		expect(roomQuestions(25, 0)).toEqual([]);
	});

	it('a lesson of many short sections asks fewer questions, to stay near its size', () => {
		const many = Array.from({ length: 11 }, (_, i) => `## Part ${i + 1}\n\n- One thing to know\n- Another thing\n`).join('\n');
		const small = planLesson(mdxToMdast(many), { ...facts, minutes: 25 });
		expect(small.slides).toHaveLength(11);
		expect(small.quiz).toEqual([0]);
		expect(deckBounds(25)).toEqual({ min: 6, aim: 12, max: 14 });
	});

	it('shortens a sentence at a clause or between words, never past a line', () => {
		expect(shorten('Stop. Then think.')).toBe('Stop. Then think.');
		expect(shorten('Read the address up to the first single slash (/). Just before that slash come the ending.')).toBe('Read the address up to the first single slash (/).');
		for (const text of ['a '.repeat(80), 'Supercalifragilistic'.repeat(5), 'One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve']) {
			expect(shorten(text).length).toBeLessThanOrEqual(LINE_CHARS);
		}
	});

	it('every slide of a deck has notes: timing, trainer notes and the lesson text go with their section', () => {
		const html = `<p>Intro text.</p><div data-trainer-note="" data-minutes="3"><p>Ask who had a strange text.</p></div>
<h2>Know the signs</h2><p>Scams share signs.</p><figure><img src="/images/x.svg" alt="x"></figure><div data-trainer-note="" data-minutes="5"><p>Project the picture.</p></div>
<h2>Check the sender and the link</h2><div class="steps"><ol><li>Look.</li><li>Point.</li></ol></div>
<h2>Call back</h2><p>When a call worries you, hang up.</p><div data-trainer-note="" data-minutes="4"><p>Role-play a call.</p></div>
<h2>Learn more</h2><ul><li><a href="https://example.org/">A source</a></li></ul>`;
		const quiz = Array.from({ length: 5 }, (_, i) => ({ id: `q${i}`, kind: 'one' as const, prompt: `Question ${i}?`, choices: [{ text: 'A', correct: true }], covers: [] }));
		const deck = buildDeck([{ id: 'scams', title: 'Scams', quiz, plan, html }]);
		expect(deck.map((s) => s.kind)).toEqual(['title', 'picture', 'steps', 'points', 'quiz', 'quiz', 'key-points']);
		expect(deck.filter((s) => s.kind === 'quiz').map((s) => s.kind === 'quiz' && s.question.id)).toEqual(['q0', 'q4']);
		const notes = deck.map((s) => s.notes.join(' '));
		expect(notes[0]).toContain('Ask who had a strange text.');
		expect(notes[0]).toContain('Start of the lesson: about 3 minutes.');
		expect(notes[1]).toContain('Know the signs: about 5 minutes.');
		expect(notes[1]).toContain('Project the picture.');
		expect(notes[1]).toContain('Scams share signs.');
		expect(notes[1]).toContain('An email with four signs circled');
		expect(notes[2]).toContain('shown at the top of the message');
		expect(notes[3]).toContain('Role-play a call.');
		expect(notes[6]).toContain('A source');
		expect(notes[6]).toContain('3 more questions');
		for (const [i, slide] of deck.entries()) if (slide.kind !== 'quiz') expect(slide.notes.length, `slide ${i + 1}`).toBeGreaterThan(0);
	});
});

describe('the course\'s decks', () => {
	const { lessons } = loadContent();
	it.each(lessons.map((l) => [`${l.data.module}/${l.data.id}`, l] as const))('%s: no slide over the limit, and a deck sized to the lesson', (_, lesson) => {
		const plan = planLesson(lesson.tree, { minutes: lesson.data.minutes, keyPoints: lesson.data.keyPoints, quizLength: lesson.data.quiz?.length ?? 0 });
		for (const slide of plan.slides) expect(plannedLines(slide), slide.title).toBeLessThanOrEqual(MAX_SLIDE_LINES);
		const { slides } = deckFigures(plan);
		// About one slide for every two to four minutes: 8 to 12 for a 25-minute lesson.
		const bounds = deckBounds(lesson.data.minutes);
		expect(slides).toBeGreaterThanOrEqual(bounds.min);
		expect(slides).toBeLessThanOrEqual(bounds.max);
	});
});

describe('slides an author marks with <Slide>', () => {
	const marked = `## Pay a bill

Some prose the notes keep.

<Slide title="Three checks before you pay">

- The name of the company
- The account number
- The amount

</Slide>

## Too much

<Slide>

${Array.from({ length: 8 }, (_, i) => `- Point number ${i + 1} that the author wrote out in full`).join('\n')}

</Slide>
`;
	const plan = planLesson(mdxToMdast(marked), { ...facts, quizLength: 0 });

	it('shows a marked slide as written, under its own title', () => {
		expect(plan.slides[0]).toMatchObject({ kind: 'points', title: 'Three checks before you pay', lines: ['The name of the company', 'The account number', 'The amount'] });
	});

	it('never cuts a marked slide: one over the limit is reported instead', () => {
		expect(plan.slides[1]).toMatchObject({ kind: 'points', title: 'Too much' });
		expect(deckFigures(plan).over.map((s) => s.title)).toEqual(['Too much']);
	});
});
