import { describe, expect, it } from 'vitest';
import { BridgeStorage } from '../../src/lib/storage/bridge-storage';
import { runsInOfflineShell } from '../../src/lib/storage/shell-bridge';
import { readPageMessage, readShellMessage, type PageMessage } from '../../src/lib/storage/shell-protocol';
import { answerPageMessage, courseEntries, shellMemory } from '../../src/lib/storage/shell-store';

/** A Storage over a Map, like the browser's. */
class MemoryStorage implements Storage {
	[name: string]: unknown;
	#map = new Map<string, string>();
	get length() {
		return this.#map.size;
	}
	key(i: number) {
		return [...this.#map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.#map.set(k, String(v));
	}
	removeItem(k: string) {
		this.#map.delete(k);
	}
	clear() {
		this.#map.clear();
	}
}

const bridge = () => {
	const sent: PageMessage[] = [];
	return { sent, storage: new BridgeStorage('local', (m) => sent.push(m)) };
};

describe('BridgeStorage (the page side)', () => {
	it('reads what the shell handed over, like a Storage', () => {
		const { storage } = bridge();
		storage.receiveSnapshot({ 'cds:text-size': 'larger', 'cds:progress': '{"a":1}' });
		expect(storage.getItem('cds:text-size')).toBe('larger');
		expect(storage.getItem('cds:missing')).toBeNull();
		expect(storage.length).toBe(2);
		expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['cds:text-size', 'cds:progress', null]);
	});

	it('writes through to the shell and sees its own writes at once', () => {
		const { storage, sent } = bridge();
		storage.receiveSnapshot({});
		storage.setItem('cds:text-size', 'large');
		storage.removeItem('cds:old');
		expect(storage.getItem('cds:text-size')).toBe('large');
		expect(sent).toEqual([
			{ type: 'cds:storage-set', area: 'local', key: 'cds:text-size', value: 'large' },
			{ type: 'cds:storage-set', area: 'local', key: 'cds:old', value: null },
		]);
	});

	it('keeps keys outside the cds: namespace in the page only', () => {
		const { storage, sent } = bridge();
		storage.setItem('theirs', 'x');
		expect(storage.getItem('theirs')).toBe('x');
		expect(sent).toEqual([]);
		storage.receiveSnapshot({ 'cds:a': '1' });
		expect(storage.getItem('theirs')).toBe('x');
	});

	it('lets writes made before the snapshot win over it, and ignores a second snapshot', () => {
		const { storage } = bridge();
		storage.setItem('cds:text-size', 'larger');
		storage.removeItem('cds:gone');
		storage.receiveSnapshot({ 'cds:text-size': 'normal', 'cds:gone': 'x', 'cds:kept': 'y' });
		expect(storage.getItem('cds:text-size')).toBe('larger');
		expect(storage.getItem('cds:gone')).toBeNull();
		expect(storage.getItem('cds:kept')).toBe('y');
		storage.receiveSnapshot({ 'cds:text-size': 'normal' });
		expect(storage.getItem('cds:text-size')).toBe('larger');
	});

	it('clears in the page and asks the shell to clear, even before the snapshot arrives', () => {
		const { storage, sent } = bridge();
		storage.clear();
		storage.receiveSnapshot({ 'cds:a': '1' });
		expect(storage.length).toBe(0);
		expect(sent).toEqual([{ type: 'cds:storage-clear', area: 'local' }]);
	});

	it('turns keys and values into strings, as Storage does', () => {
		const { storage } = bridge();
		storage.setItem('cds:n', 5 as unknown as string);
		expect(storage.getItem('cds:n')).toBe('5');
	});
});

describe('the shell side', () => {
	it('answers a request with every cds: entry of both areas, and nothing else', () => {
		const local = new MemoryStorage();
		local.setItem('cds:a', '1');
		local.setItem('other-site', 'secret');
		const session = new MemoryStorage();
		session.setItem('cds:s', '2');
		expect(answerPageMessage({ type: 'cds:storage-request', id: 'x1' }, { local, session })).toEqual({
			type: 'cds:storage-snapshot',
			id: 'x1',
			local: { 'cds:a': '1' },
			session: { 'cds:s': '2' },
			refused: {},
		});
	});

	it('saves, removes and clears only cds: keys', () => {
		const local = new MemoryStorage();
		local.setItem('keep-me', 'x');
		answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: '1' }, { local });
		expect(local.getItem('cds:a')).toBe('1');
		answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'not-ours', value: '1' }, { local });
		expect(local.getItem('not-ours')).toBeNull();
		answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: null }, { local });
		expect(local.getItem('cds:a')).toBeNull();
		local.setItem('cds:b', '2');
		answerPageMessage({ type: 'cds:storage-clear', area: 'local' }, { local });
		expect(courseEntries(local)).toEqual({});
		expect(local.getItem('keep-me')).toBe('x');
	});

	it('keeps going when its storage refuses, and never swallows the failure', () => {
		const refusing = new MemoryStorage();
		refusing.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		expect(answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: '1' }, { local: refusing })).toEqual({ type: 'cds:storage-failed', area: 'local', reason: 'blocked' });
		expect(answerPageMessage({ type: 'cds:storage-request', id: 'r' }, {})).toEqual({ type: 'cds:storage-snapshot', id: 'r', local: {}, session: {}, refused: { local: 'blocked', session: 'blocked' } });
	});

	it('tells the page when a write fails (full or blocked), and says so in later snapshots until a write works', () => {
		const full = new MemoryStorage();
		full.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		const areas = { local: full, session: new MemoryStorage() };
		const failures = shellMemory();
		expect(answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: '1' }, areas, failures)).toEqual({ type: 'cds:storage-failed', area: 'local', reason: 'quota' });
		// The refused value stays in the shell's memory: the next page shows it (and can export it).
		expect(answerPageMessage({ type: 'cds:storage-request', id: 'r' }, areas, failures)).toMatchObject({ local: { 'cds:a': '1' }, refused: { local: 'quota' } });
		expect(answerPageMessage({ type: 'cds:storage-set', area: 'session', key: 'cds:a', value: '1' }, { local: full }, failures)).toEqual({ type: 'cds:storage-failed', area: 'session', reason: 'blocked' });
		full.setItem = MemoryStorage.prototype.setItem;
		expect(answerPageMessage({ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: '1' }, areas, failures)).toBeUndefined();
		expect(answerPageMessage({ type: 'cds:storage-request', id: 'r' }, areas, failures)).toMatchObject({ refused: {} });
	});
});

describe('BridgeStorage when the shell cannot save', () => {
	it('throws on writes, as the browser would, once the shell says its storage is full or blocked', () => {
		const { storage } = bridge();
		storage.receiveSnapshot({ 'cds:progress': 'saved' }, 'quota');
		expect(() => storage.setItem('cds:progress', 'new')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
		expect(storage.getItem('cds:progress')).toBe('saved');
		const other = bridge().storage;
		other.receiveSnapshot({});
		other.setItem('cds:a', '1');
		other.refuse('blocked');
		expect(() => other.setItem('cds:a', '2')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
		expect(other.getItem('cds:a')).toBe('1');
	});
});

describe('message shapes', () => {
	it('reads the shell\'s word that a write failed, and a snapshot that says so', () => {
		expect(readShellMessage({ type: 'cds:storage-failed', area: 'local', reason: 'quota' })).toEqual({ type: 'cds:storage-failed', area: 'local', reason: 'quota' });
		expect(readShellMessage({ type: 'cds:storage-failed', area: 'local', reason: 'other' })).toBeUndefined();
		expect(readShellMessage({ type: 'cds:storage-snapshot', id: 'a', local: {}, session: {}, refused: { local: 'blocked' } })).toMatchObject({ refused: { local: 'blocked' } });
	});

	it('accepts the messages a page sends', () => {
		expect(readPageMessage({ type: 'cds:storage-request', id: 'a' })).toEqual({ type: 'cds:storage-request', id: 'a' });
		expect(readPageMessage({ type: 'cds:storage-set', area: 'session', key: 'cds:q', value: null })).toBeDefined();
		expect(readPageMessage({ type: 'cds:page', href: 'file:///x/course/index.html', title: 'Home' })).toBeDefined();
	});

	it('refuses anything else', () => {
		for (const bad of [
			null,
			'cds:storage-request',
			[],
			{ type: 'cds:storage-request' },
			{ type: 'cds:storage-request', id: '' },
			{ type: 'cds:storage-set', area: 'local', key: 'other', value: '1' },
			{ type: 'cds:storage-set', area: 'disk', key: 'cds:a', value: '1' },
			{ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: 1 },
			{ type: 'cds:storage-set', area: 'local', key: 'cds:a', value: 'x'.repeat(1_000_001) },
			{ type: 'cds:storage-set', area: 'local', key: `cds:${'k'.repeat(300)}`, value: '1' },
			{ type: 'cds:storage-clear', area: 'all' },
			{ type: 'cds:page', href: 5, title: 'x' },
			{ type: 'cds:unknown' },
		]) {
			expect(readPageMessage(bad), JSON.stringify(bad)?.slice(0, 80)).toBeUndefined();
		}
	});

	it('refuses a snapshot with a malformed entry', () => {
		expect(readShellMessage({ type: 'cds:storage-snapshot', id: 'a', local: { 'cds:a': '1' }, session: {} })).toBeDefined();
		expect(readShellMessage({ type: 'cds:storage-snapshot', id: 'a', local: { other: '1' }, session: {} })).toBeUndefined();
		expect(readShellMessage({ type: 'cds:storage-snapshot', id: 'a', local: { 'cds:a': 1 }, session: {} })).toBeUndefined();
		expect(readShellMessage({ type: 'cds:storage-snapshot', id: 'a', local: {} })).toBeUndefined();
		expect(readShellMessage({ type: 'cds:print' })).toEqual({ type: 'cds:print' });
	});
});

describe('when a page uses the bridge', () => {
	it('only in the offline copy, inside a frame, from file://', () => {
		expect(runsInOfflineShell({ marked: true, framed: true, protocol: 'file:' })).toBe(true);
		expect(runsInOfflineShell({ marked: false, framed: true, protocol: 'file:' })).toBe(false);
		expect(runsInOfflineShell({ marked: true, framed: false, protocol: 'file:' })).toBe(false);
		expect(runsInOfflineShell({ marked: true, framed: true, protocol: 'https:' })).toBe(false);
	});
});
