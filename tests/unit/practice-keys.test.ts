import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { typingHint } from '../../src/islands/practice-keys/typing';
import { keysSchema } from '../../src/schemas/practice-keys';
import { keysExamples } from '../../src/islands/practice-keys/examples';
import { checkWithSchema } from '../../src/content-layer/friendly-errors';
import KeysReadable from '../../src/islands/practice-keys/KeysReadable.astro';
import KeysTasks from '../../src/islands/practice-keys/KeysTasks.astro';

const FILE = 'content/practice/example.yaml';
function problems(input: unknown): string[] {
	return checkWithSchema(keysSchema, input, { file: FILE, docs: 'README.md' }).problems.map((p) => `${p.field}: ${p.problem}`);
}

describe('typing check', () => {
	it('accepts the text, with or without spaces at the ends', () => {
		expect(typingHint('Sam Lee', 'Sam Lee')).toBe('match');
		expect(typingHint('Sam Lee', '  Sam Lee ')).toBe('match');
	});

	it('names the one thing to look at first', () => {
		expect(typingHint('Sam Lee', '')).toBe('empty');
		expect(typingHint('Sam Lee', 'Sam  Lee')).toBe('spaces');
		expect(typingHint('Sam Lee', 'sam lee')).toBe('capitals');
		expect(typingHint('Sam Lee', 'SAM LEE')).toBe('capitals');
		expect(typingHint('sam.lee@example.org', 'sam.lee2example.org')).toBe('at');
		expect(typingHint('sam.lee@example.org', 'samlee@exampleorg')).toBe('dot');
		expect(typingHint('Riverside', 'Riversidde')).toBe('different');
	});
});

describe('keyboard practice schema', () => {
	const keys = keysExamples.minimal;
	const [name, fix, tab] = keys.tasks;

	it('accepts every named example', () => {
		for (const example of Object.values(keysExamples)) expect(problems(example)).toEqual([]);
	});

	it('allows only made-up email addresses, and short texts', () => {
		expect(problems({ ...keys, tasks: [{ ...name, text: 'sam@gmail.com' }] })).toEqual([
			'tasks[0].text: "sam@gmail.com" is not an example address: use a made-up address ending in ".example" (such as "www.riverside-bank.example"), so it can never lead to a real site.',
		]);
		expect(problems({ ...keys, tasks: [{ ...name, text: 'A sentence far too long for a first typing task.' }] })).toEqual([
			'tasks[0].text: keep the text short (40 characters at most): a beginner types it letter by letter.',
		]);
	});

	it('wants a mistake in "start", keys to show, and unique ids', () => {
		expect(problems({ ...keys, tasks: [{ ...fix, start: 'Riverside' }] })).toEqual([
			'tasks[0].start: the box would already hold the right text; put a mistake in "start", or leave it out.',
		]);
		expect(problems({ ...keys, tasks: [{ ...tab, keys: [] }] })).toEqual(['tasks[0].keys: needs at least 1 item(s).']);
		expect(problems({ ...keys, tasks: [name, name] })).toEqual(['tasks[1].id: "name" is used twice; give each one its own id.']);
	});
});

describe('keyboard practice markup', () => {
	let readable: HTMLElement;
	let live: HTMLElement;
	beforeAll(async () => {
		const container = await AstroContainer.create();
		const keys = keysSchema.parse(keysExamples.minimal);
		readable = parse(await container.renderToString(KeysReadable, { props: { keys, level: 1 } }));
		live = parse((await container.renderToString(KeysTasks, { props: { keys, level: 1 } })).replace(/<\/?template[^>]*>/g, ''));
	});

	it('explains every task, with its keys, when the script cannot run', () => {
		for (const task of keysExamples.minimal.tasks) {
			expect(readable.textContent).toContain(task.instruction);
			expect(readable.textContent).toContain(task.hint);
		}
		expect(readable.querySelectorAll('kbd').map((k) => k.textContent)).toEqual(['Shift', 'Backspace', 'Tab', 'Enter']);
	});

	it('labels every box, sends nothing anywhere, and has a "Start again" button', () => {
		for (const input of live.querySelectorAll('input')) {
			expect(live.querySelector(`label[for="${input.id}"]`), input.outerHTML).toBeTruthy();
			expect(input.getAttribute('autocomplete')).toBe('off');
			expect(input.hasAttribute('name')).toBe(false);
		}
		expect(live.querySelector('#' + live.querySelector('[data-task="fix"] input')!.id)?.getAttribute('value')).toBe('Riversidde');
		expect(live.querySelector('form')?.getAttribute('method')).toBe('dialog');
		expect(live.querySelectorAll('a[href], [action], [style]')).toHaveLength(0);
		expect(live.querySelector('[data-restart]')?.textContent).toBe('Start again');
	});
});
