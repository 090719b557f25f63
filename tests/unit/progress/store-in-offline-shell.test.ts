import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../../src/lib/progress/progress-store';
import { setDone } from '../../../src/lib/progress/progress-ops';
import { emptyDoc, serialiseDoc } from '../../../src/lib/progress/progress-document';
import { PROGRESS_KEY } from '../../../src/lib/progress/storage-keys';
import { BridgeStorage } from '../../../src/lib/storage/bridge-storage';
import type { PageMessage } from '../../../src/lib/storage/shell-protocol';
import { answerPageMessage, shellMemory, type ShellAreas } from '../../../src/lib/storage/shell-store';
import * as extras from '../../../src/lib/progress/store-extras';
import { FakeStorage } from '../../support/fake-storage';

const NOW = new Date('2026-12-06T10:00:00.000Z');
/** More messages than any change needs: past this, page and shell would go on without end. */
const LIMIT = 200;

/**
 * A page's store inside the offline shell, wired as in the browser: the page's writes go to the
 * shell as messages, and the shell's "failed" comes back later, refuses the page's bridge and
 * calls the store's recheck (shell-bridge.ts, open-store.ts). `settle` delivers messages until
 * none are left, and says how many it took.
 */
function storeInShell(shellLocal: Storage | undefined) {
	const toShell: PageMessage[] = [];
	const areas: ShellAreas = { local: shellLocal, session: new FakeStorage() };
	const memory = shellMemory();
	const bridge = new BridgeStorage('local', (message) => toShell.push(message));
	const snapshot = answerPageMessage({ type: 'cds:storage-request', id: 'page' }, areas, memory);
	if (snapshot?.type !== 'cds:storage-snapshot') throw new Error('no snapshot');
	bridge.receiveSnapshot(snapshot.local, snapshot.refused.local);
	const store = new ProgressStore(bridge, { now: () => NOW, extras });
	const settle = (): number => {
		let delivered = 0;
		while (toShell.length && delivered < LIMIT) {
			delivered++;
			const answer = answerPageMessage(toShell.shift()!, areas, memory);
			if (answer?.type !== 'cds:storage-failed') continue;
			bridge.refuse(answer.reason);
			store.recheck();
		}
		return delivered;
	};
	return { store, settle };
}

const markDone = (id: string) => (doc: Parameters<typeof setDone>[0]) => setDone(doc, id, true, NOW.toISOString());

describe('the progress store inside the offline shell, when the shell cannot save', () => {
	it('storage full: learns it from the shell once, says so, and the messages stop', () => {
		const saved = serialiseDoc(emptyDoc());
		const full = new FakeStorage({ filler: 'x'.repeat(500), [PROGRESS_KEY]: saved });
		full.quota = 'filler'.length + 500 + PROGRESS_KEY.length + saved.length;
		const { store, settle } = storeInShell(full);
		expect(settle()).toBeLessThan(LIMIT);
		store.update(markDone('spot-a-scam'));
		expect(settle()).toBeLessThan(LIMIT);
		expect(store.problems.has('quota')).toBe(true);
		expect(store.doc.lessons['spot-a-scam']?.done).toBe(true);
		// A second change, after the store knows: still a handful of messages, not an endless exchange.
		store.update(markDone('strong-passwords'));
		expect(settle()).toBeLessThan(10);
		expect(store.doc.lessons['strong-passwords']?.done).toBe(true);
	});

	it('storage blocked in the shell, with progress saved before: read-only, said once, and the messages stop', () => {
		const blocked = new FakeStorage({ [PROGRESS_KEY]: serialiseDoc(emptyDoc()) });
		const { store, settle } = storeInShell(blocked);
		blocked.refuse = true;
		store.update(markDone('spot-a-scam'));
		expect(settle()).toBeLessThan(LIMIT);
		expect(store.problems.has('readonly') || store.problems.has('memory')).toBe(true);
		store.update(markDone('strong-passwords'));
		expect(settle()).toBeLessThan(10);
		expect(store.doc.lessons['strong-passwords']?.done).toBe(true);
	});
});
