import { describe, expect, it } from 'vitest';
import { splitSlides } from '../../../src/lib/workshop/split-slides';

const note = (text: string) => `<div class="trainer-note" role="note" data-trainer-note="">${text}</div>`;
const para = (words: number) => `<p>${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}</p>`;

describe('splitSlides', () => {
	it('makes one slide per h2 section, with the opening text on its own', () => {
		const { chunks } = splitSlides(`<p>Intro.</p>\n<h2 id="a">First part</h2><p>One.</p><h2 id="b">Second part</h2><p>Two.</p>`);
		expect(chunks.map((c) => [c.title, c.html])).toEqual([
			[undefined, '<p>Intro.</p>'],
			['First part', '<p>One.</p>'],
			['Second part', '<p>Two.</p>'],
		]);
	});
	it('takes trainer notes off the slides and keeps them with the slide they follow', () => {
		const { chunks, leadingNotes } = splitSlides(`${note('Welcome them.')}<h2>Part</h2><p>Text.</p>${note('Demonstrate.')}<section class="activity"><p>Do it.</p>${note('Walk round.')}</section>`);
		expect(leadingNotes).toEqual([note('Welcome them.')]);
		expect(chunks).toHaveLength(1);
		expect(chunks[0]!.html).not.toContain('trainer-note');
		expect(chunks[0]!.notes).toEqual([note('Demonstrate.'), note('Walk round.')]);
	});
	it('cuts a long section between blocks, never inside a paragraph', () => {
		const { chunks } = splitSlides(`<h2>Long</h2>${para(40)}${para(40)}${para(40)}${para(40)}`);
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks.map((c) => c.continued)).toEqual(chunks.map((_, i) => i > 0));
		expect(chunks.every((c) => c.title === 'Long')).toBe(true);
		expect(chunks.map((c) => c.html).join('').replace(/\n/g, '')).toBe(`${para(40)}${para(40)}${para(40)}${para(40)}`);
	});
	it('cuts a long numbered list between items and keeps counting', () => {
		const items = Array.from({ length: 14 }, (_, i) => `<li>Step ${i + 1}: ${'do this and that carefully '.repeat(3)}</li>`).join('');
		const { chunks } = splitSlides(`<h2>Steps</h2><div class="steps"><ol>${items}</ol></div>`);
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks[1]!.html).toMatch(/<ol start="\d+">/);
		expect(chunks.map((c) => (c.html.match(/<li>/g) ?? []).length).reduce((a, b) => a + b)).toBe(14);
	});
	it('keeps a short heading with what follows it', () => {
		const { chunks } = splitSlides(`<h2>Part</h2>${para(70)}<h3>Example</h3>${para(30)}`);
		expect(chunks.find((c) => c.html.includes('<h3>'))!.html).toContain('word29');
	});
});
