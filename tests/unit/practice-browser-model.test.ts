import { describe, expect, it } from 'vitest';
import { canGoBack, canGoForward, currentAddress, initialState, reduce, type BrowserAction, type BrowserState } from '../../src/islands/practice-browser/browser-model';
import { addressFor, browserScore, findPage, taskDone } from '../../src/islands/practice-browser/tasks';

const SEARCH = 'https://search.example/?q=bank';
const LIBRARY = 'https://www.riversidelibrary.example/';
const BANK = 'https://www.mybank.example/';
const run = (actions: BrowserAction[], state: BrowserState = initialState(SEARCH)) => actions.reduce(reduce, state);
const go = (address: string, via: 'address-bar' | 'link' = 'address-bar'): BrowserAction => ({ type: 'go', address, via });

describe('the pretend browser', () => {
	it('goes to addresses, back and forward, like a real browser', () => {
		const visited = run([go(LIBRARY), go(BANK, 'link')]);
		expect(currentAddress(visited)).toBe(BANK);
		const back = run([{ type: 'back' }, { type: 'back' }], visited);
		expect(currentAddress(back)).toBe(SEARCH);
		expect(canGoBack(back)).toBe(false);
		expect(run([{ type: 'back' }], back)).toBe(back);
		expect(currentAddress(run([{ type: 'forward' }], back))).toBe(LIBRARY);
	});

	it('forgets the pages ahead when you go somewhere new after going back', () => {
		const state = run([go(LIBRARY), { type: 'back' }, go(BANK)]);
		expect(state.tabs[0]!.history).toEqual([SEARCH, BANK]);
		expect(canGoForward(state)).toBe(false);
	});

	it('ignores an empty address', () => {
		const state = initialState(SEARCH);
		expect(reduce(state, go('   '))).toBe(state);
	});

	it('opens, switches and closes tabs; closing the last leaves an empty tab', () => {
		const two = run([{ type: 'new-tab' }]);
		expect(two.active).toBe(1);
		expect(currentAddress(two)).toBe('');
		expect(currentAddress(run([{ type: 'switch-tab', index: 0 }], two))).toBe(SEARCH);
		const closedFirst = run([{ type: 'close-tab', index: 0 }], two);
		expect(closedFirst.tabs).toHaveLength(1);
		expect(closedFirst.active).toBe(0);
		const closedCurrent = run([{ type: 'close-tab', index: 1 }], two);
		expect(currentAddress(closedCurrent)).toBe(SEARCH);
		const none = run([{ type: 'close-tab', index: 0 }]);
		expect(none.tabs).toEqual([{ history: [''], index: 0 }]);
		expect(run([{ type: 'switch-tab', index: 5 }], two)).toBe(two);
	});

	it('zooms in steps and stops at the ends', () => {
		expect(run([{ type: 'zoom-in' }]).zoom).toBe(110);
		expect(run([{ type: 'zoom-in' }, { type: 'zoom-in' }, { type: 'zoom-out' }]).zoom).toBe(110);
		expect(run(Array(20).fill({ type: 'zoom-in' })).zoom).toBe(200);
		expect(run(Array(20).fill({ type: 'zoom-out' })).zoom).toBe(50);
	});

	it('never changes the state it is given', () => {
		const state = initialState(SEARCH);
		const copy = structuredClone(state);
		run([go(LIBRARY), { type: 'new-tab' }, { type: 'zoom-in' }, { type: 'close-tab', index: 0 }], state);
		expect(state).toEqual(copy);
	});
});

describe('the guided tasks', () => {
	const after = (action: BrowserAction, before: BrowserState = initialState(SEARCH)) => taskDone(check, action, before, reduce(before, action));
	let check: Parameters<typeof taskDone>[0];

	it('"type-address" needs the address typed in the address bar, not a link', () => {
		check = { check: 'type-address', address: LIBRARY };
		expect(after(go('https://www.riversidelibrary.example/'))).toBe(true);
		expect(after(go(LIBRARY, 'link'))).toBe(false);
		expect(after(go('https://www.riversidelibrary.example/classes'))).toBe(false);
	});

	it('"back" needs Back to really go back', () => {
		check = { check: 'back' };
		expect(after({ type: 'back' })).toBe(false);
		expect(after({ type: 'back' }, run([go(LIBRARY)]))).toBe(true);
		expect(after({ type: 'reload' }, run([go(LIBRARY)]))).toBe(false);
	});

	it('"new-tab", "reload", "site-info" and "zoom-in" need that very action', () => {
		for (const [name, right, wrong] of [
			['new-tab', { type: 'new-tab' }, { type: 'reload' }],
			['reload', { type: 'reload' }, { type: 'new-tab' }],
			['site-info', { type: 'site-info' }, { type: 'zoom-in' }],
			['zoom-in', { type: 'zoom-in' }, { type: 'zoom-out' }],
		] as const) {
			check = { check: name };
			expect(after(right), name).toBe(true);
			expect(after(wrong), name).toBe(false);
		}
		check = { check: 'zoom-in' };
		expect(after({ type: 'zoom-in' }, { ...initialState(SEARCH), zoom: 200 })).toBe(false);
	});

	it('"choose" is answered in the task panel, never by browsing', () => {
		check = { check: 'choose' };
		expect(after(go(BANK))).toBe(false);
	});

	it('scores the tasks done, not the skipped ones', () => {
		expect(browserScore(['done', 'skipped', 'done'], 5)).toEqual({ score: 2, total: 5 });
	});
});

describe('finding pretend pages by address', () => {
	const pages = [{ address: LIBRARY }, { address: 'https://www.riversidelibrary.example/classes' }];
	it('ignores "https://", "www.", capitals and the last slash', () => {
		for (const typed of ['www.riversidelibrary.example', 'RiversideLibrary.example/', 'http://riversidelibrary.example', '  https://www.riversidelibrary.example/ ']) {
			expect(findPage(pages, typed), typed).toBe(pages[0]);
		}
		expect(findPage(pages, 'riversidelibrary.example/classes/')).toBe(pages[1]);
		expect(findPage(pages, 'rnybank.example')).toBeUndefined();
		expect(findPage(pages, '')).toBeUndefined();
	});
	it('shows the page\'s own address once found, or what was typed with "https://"', () => {
		expect(addressFor(pages, 'riversidelibrary.example')).toBe(LIBRARY);
		expect(addressFor(pages, ' rnybank.example ')).toBe('https://rnybank.example');
		expect(addressFor(pages, 'http://rnybank.example')).toBe('http://rnybank.example');
	});
});
