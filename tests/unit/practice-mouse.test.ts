import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { DOUBLE_CLICK_MS, isDragging, landsIn, opensFolder } from '../../src/islands/practice-mouse/moves';
import { taskCount, taskScore } from '../../src/islands/practice-shared/guided-tasks';
import { mouseSchema } from '../../src/schemas/practice-mouse';
import { mouseExamples } from '../../src/islands/practice-mouse/examples';
import { checkWithSchema } from '../../src/content-layer/friendly-errors';
import MouseReadable from '../../src/islands/practice-mouse/MouseReadable.astro';
import MouseTasks from '../../src/islands/practice-mouse/MouseTasks.astro';

const FILE = 'content/practice/example.yaml';
function problems(input: unknown): string[] {
	return checkWithSchema(mouseSchema, input, { file: FILE, docs: 'README.md' }).problems.map((p) => `${p.field}: ${p.problem}`);
}

describe('mouse moves', () => {
	it('opens the folder on a double-click, on Enter, and on two slow clicks, never on one', () => {
		expect(opensFolder(2, 1000)).toBe(true);
		expect(opensFolder(0, 1000)).toBe(true);
		expect(opensFolder(1, 1000)).toBe(false);
		expect(opensFolder(1, 1000, 1000 - DOUBLE_CLICK_MS)).toBe(true);
		expect(opensFolder(1, 1000, 1000 - DOUBLE_CLICK_MS - 1)).toBe(false);
		expect(opensFolder(1, 1000, 1500)).toBe(false);
	});

	it('starts a drag only after the pointer moves a little, so a shaky click stays a click', () => {
		expect(isDragging({ x: 10, y: 10 }, { x: 13, y: 13 })).toBe(false);
		expect(isDragging({ x: 10, y: 10 }, { x: 16, y: 10 })).toBe(true);
	});

	it('lands a drop in the box, or just beside it', () => {
		const box = { left: 100, top: 100, right: 200, bottom: 180 };
		expect(landsIn({ x: 150, y: 140 }, box)).toBe(true);
		expect(landsIn({ x: 90, y: 190 }, box)).toBe(true);
		expect(landsIn({ x: 80, y: 140 }, box)).toBe(false);
		expect(landsIn({ x: 150, y: 260 }, box)).toBe(false);
	});
});

describe('guided tasks', () => {
	it('counts only the tasks done, not the skipped ones', () => {
		expect(taskScore(['done', 'skipped', 'done'], 3)).toEqual({ score: 2, total: 3 });
		expect(taskScore([], 5)).toEqual({ score: 0, total: 5 });
	});

	it('says "Task n of m" while tasks remain, nothing after', () => {
		expect(taskCount('Task {n} of {total}', 1, 5)).toBe('Task 2 of 5');
		expect(taskCount('Task {n} of {total}', 5, 5)).toBe('');
	});
});

describe('mouse practice schema', () => {
	const mouse = mouseExamples.minimal;
	it('accepts every named example', () => {
		for (const example of Object.values(mouseExamples)) expect(problems(example)).toEqual([]);
	});

	it('keeps instructions to one short sentence and labels to a word or two', () => {
		const long = { ...mouse.tasks[0], instruction: 'Move the mouse slowly across the desk until the arrow sits right on top of the big green button, then click.', target: 'A very long label for a big button' };
		expect(problems({ ...mouse, tasks: [long] })).toEqual([
			'tasks[0].instruction: keep the instruction to one short sentence (90 characters at most).',
			'tasks[0].target: keep it to a word or two (30 characters at most).',
		]);
	});

	it('wants a known move, its own fields and enough text to scroll', () => {
		const [click, , drag, scroll] = mouse.tasks;
		expect(problems({ ...mouse, tasks: [click, { ...click, id: 'other', move: 'triple-click' }, { ...drag, box: undefined }, { ...scroll, text: ['Too short.'] }] })).toEqual([
			"tasks[1].move: Invalid discriminator value. Expected 'click' | 'double-click' | 'drag' | 'scroll'.",
			'tasks[2].box: is missing.',
			'tasks[3].text: needs at least 4 item(s).',
		]);
	});

	it('wants each task id once', () => {
		const [click] = mouse.tasks;
		expect(problems({ ...mouse, tasks: [click, { ...click }] })).toEqual(['tasks[1].id: "click" is used twice; give each one its own id.']);
	});
});

describe('mouse practice markup', () => {
	let readable: HTMLElement;
	let live: HTMLElement;
	beforeAll(async () => {
		const container = await AstroContainer.create();
		const mouse = mouseSchema.parse(mouseExamples.minimal);
		readable = parse(await container.renderToString(MouseReadable, { props: { mouse, level: 1 } }));
		live = parse(await container.renderToString(MouseTasks, { props: { mouse, level: 1 } }));
	});

	it('explains every task as text, with a picture, when the script cannot run', () => {
		for (const task of mouseExamples.minimal.tasks) {
			expect(readable.textContent).toContain(task.instruction);
			expect(readable.textContent).toContain(task.hint);
		}
		expect(readable.querySelector('img')?.getAttribute('alt')).toMatch(/mouse/);
	});

	it('gives each task its controls as buttons, a keyboard way for the drag, and a "Start again" button', () => {
		expect(live.querySelectorAll('[data-task]')).toHaveLength(4);
		for (const control of live.querySelectorAll('[data-target], [data-card], [data-box]')) expect(control.tagName).toBe('BUTTON');
		expect(live.querySelector('[data-card]')?.getAttribute('aria-pressed')).toBe('false');
		expect(live.textContent).toContain('Another way: click "Letter", then click "Box".');
		expect(live.querySelector('[data-restart]')?.textContent).toBe('Start again');
		expect(live.querySelector('.pm__scroll')?.getAttribute('tabindex')).toBe('0');
		expect(live.querySelectorAll('a[href], [style], [name]')).toHaveLength(0);
	});
});
