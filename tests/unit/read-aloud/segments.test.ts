import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { collectSegments, isSkipped } from '../../../src/islands/read-aloud/segments';

// node-html-parser's nodes have the little of the DOM the walker uses.
const read = (html: string, options: Parameters<typeof collectSegments>[1] = {}) =>
	collectSegments(parse(`<article>${html}</article>`).querySelector('article') as never, options).map((s) => s.text.replace(/\s+/g, ' ').trim());

describe('collectSegments: what is read, in order', () => {
	it('reads headings, paragraphs, steps, key points and captions in document order', () => {
		const html = `<h1>Spot a scam</h1><p>Scams <strong>look</strong> real.</p>
			<ol class="steps"><li><p>Stop.</p></li><li>Check the <a href="/x/">sender</a>.</li></ol>
			<figure><svg><title>Picture</title><text>label</text></svg><figcaption>A fake text.</figcaption></figure>
			<section class="key-points"><h2>Key points</h2><ul><li>Never rush.</li></ul></section>`;
		expect(read(html)).toEqual(['Spot a scam', 'Scams look real.', 'Stop.', 'Check the sender.', 'A fake text.', 'Key points', 'Never rush.']);
	});

	it('never reads closed details (hints, solutions, answers), but an opened one', () => {
		const html = `<p>Try it.</p><details class="hint"><summary>Hint</summary><p>Look at the link.</p></details>
			<details open><summary>Solution</summary><p>It is fake.</p></details>`;
		expect(read(html)).toEqual(['Try it.', 'Solution', 'It is fake.']);
	});

	it('never reads navigation, controls, hidden or screen-reader-only text, live regions or trainer notes', () => {
		const html = `<nav><a href="/">Home</a></nav><p>Read me.</p><button>Check</button><p hidden>Hidden.</p>
			<p aria-hidden="true">Decor.</p><span class="visually-hidden">For screen readers</span>
			<aside class="trainer-note"><p>Trainer: ten minutes.</p></aside><div role="status">Right!</div><p aria-live="polite">Saved.</p>
			<div data-read-aloud-skip><p>Skipped.</p></div><div data-read-aloud=".lesson"><button>Listen</button><p>Reading</p></div><script>var x = 1;</script>`;
		expect(read(html)).toEqual(['Read me.']);
	});

	it('leaves out the page’s own classes, and reads only the chosen ones when asked', () => {
		const html = `<p class="lesson__meta">Lesson 1 of 3</p><p class="practice__intro">Find the padlock.</p><p>Other.</p>`;
		expect(read(html, { skipClasses: ['lesson__meta'] })).toEqual(['Find the padlock.', 'Other.']);
		expect(read(html, { onlyClasses: ['practice__intro'] })).toEqual(['Find the padlock.']);
	});

	it('reads a quiz question and its choices, not its answers', () => {
		const html = `<fieldset><legend><span>Question 1 of 2</span> Is this real?</legend><p class="hint">Choose one answer.</p>
			<label><input type="radio"> Yes</label><label><input type="radio"> No</label>
			<details class="reveal"><summary>Answer</summary><ul><li>Right: No</li></ul></details></fieldset>`;
		expect(read(html)).toEqual(['Question 1 of 2 Is this real?', 'Choose one answer.', 'Yes', 'No']);
	});

	it('keeps a list item’s text apart from the list inside it', () => {
		expect(read('<ul><li>Before<ul><li>Inner</li></ul>After</li></ul>')).toEqual(['Before', 'Inner', 'After']);
	});

	it('lets the browser add its own visibility check', () => {
		expect(read('<p class="a">Shown.</p><p class="b">Hidden by CSS.</p>', { visible: (el) => (el as unknown as HTMLElement).getAttribute('class') !== 'b' })).toEqual(['Shown.']);
	});
});

describe('isSkipped', () => {
	it('skips SVG whatever the case of its tag name', () => {
		const svg = parse('<svg></svg>').querySelector('svg') as never;
		expect(isSkipped(svg)).toBe(true);
	});
});
