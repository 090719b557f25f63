import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAll, startElement } from '../../../src/lib/start-all';

/** Just enough of an element for startAll: attributes. */
class FakeElement {
	readonly attributes = new Map<string, string>();
	constructor(module: string, readonly label: string) {
		this.attributes.set('data-module', module);
	}
	hasAttribute(name: string) {
		return this.attributes.has(name);
	}
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
}

/** A page holding these elements; finds them by `[data-module="name"]` as the browser would. */
function page(...elements: FakeElement[]): ParentNode {
	return {
		querySelectorAll: (selector: string) => {
			const name = /^\[data-module="([\w-]+)"\]$/.exec(selector)?.[1];
			return elements.filter((el) => el.attributes.get('data-module') === name);
		},
	} as unknown as ParentNode;
}

afterEach(() => vi.restoreAllMocks());

describe('startAll', () => {
	it('starts every element of that name, and only those', () => {
		const a = new FakeElement('text-size', 'a');
		const b = new FakeElement('text-size', 'b');
		const other = new FakeElement('presenter', 'other');
		const started: string[] = [];
		startAll('text-size', (root) => started.push((root as unknown as FakeElement).label), page(a, other, b));
		expect(started).toEqual(['a', 'b']);
		expect(a.hasAttribute('data-text-size-started')).toBe(true);
		expect(other.hasAttribute('data-text-size-started')).toBe(false);
	});

	it('starts each element once, however often it is called', () => {
		const a = new FakeElement('certificate', 'a');
		const scope = page(a);
		const init = vi.fn();
		startAll('certificate', init, scope);
		startAll('certificate', init, scope);
		expect(init).toHaveBeenCalledTimes(1);
	});

	it('keeps going when one element fails, and reports the error with console.error', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const els = ['a', 'b', 'c'].map((label) => new FakeElement('search', label));
		const started: string[] = [];
		startAll('search', (root) => {
			const { label } = root as unknown as FakeElement;
			if (label === 'b') throw new Error('broken box');
			started.push(label);
		}, page(...els));
		expect(started).toEqual(['a', 'c']);
		expect(error).toHaveBeenCalledTimes(1);
		expect(error.mock.calls[0]![0]).toBe('search not started');
		expect((error.mock.calls[0]![1] as Error).message).toBe('broken box');
	});

	it('does not retry an element that failed (a second start would double its listeners)', () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const a = new FakeElement('presenter', 'a');
		const init = vi.fn(() => {
			throw new Error('no slides');
		});
		startAll('presenter', init, page(a));
		startAll('presenter', init, page(a));
		expect(init).toHaveBeenCalledTimes(1);
	});
});

describe('startElement', () => {
	it('is what custom elements call from connectedCallback: a move in the page does not start them again', () => {
		const el = new FakeElement('practice-keys', 'keys') as unknown as HTMLElement;
		const init = vi.fn();
		startElement('practice-keys', el, init);
		startElement('practice-keys', el, init);
		expect(init).toHaveBeenCalledOnce();
		expect(init).toHaveBeenCalledWith(el);
	});
});
