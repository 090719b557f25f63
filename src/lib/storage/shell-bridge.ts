import { BridgeStorage } from './bridge-storage';
import { readShellMessage, type AreaKind, type PageMessage } from './shell-protocol';
import { OFFLINE_MARKER } from '../offline-edition';
import { BRIDGE, STORAGE_REFUSED_EVENT, type BridgeWindow, type ShellBridge } from './bridge-slot';

/** How long a page waits for the shell's snapshot before it falls back to its own storage. */
const WAIT_MS = 3000;
/** The request is repeated this often in case the shell was not listening yet. */
const RETRY_MS = 200;

type NativeArea = (kind: AreaKind) => Storage | undefined;

/** A page uses the bridge only inside the offline shell: marked by the offline step, framed, and on file://. */
export function runsInOfflineShell(env: { marked: boolean; framed: boolean; protocol: string }): boolean {
	return env.marked && env.framed && env.protocol === 'file:';
}

function createBridge(native: NativeArea): ShellBridge {
	const parent = window.parent;
	const send = (message: PageMessage) => parent.postMessage(message, '*');
	const areas = { local: new BridgeStorage('local', send), session: new BridgeStorage('session', send) };
	const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
	let mode: 'waiting' | 'shell' | 'own' = 'waiting';
	const mark = () => document.documentElement.setAttribute('data-offline-storage', mode);

	const ready = new Promise<boolean>((resolve) => {
		const finish = (withShell: boolean) => {
			clearInterval(retry);
			clearTimeout(giveUp);
			mode = withShell ? 'shell' : 'own';
			mark();
			resolve(withShell);
		};
		window.addEventListener('message', (event) => {
			if (event.source !== parent || mode !== 'waiting') return;
			const message = readShellMessage(event.data);
			if (message?.type !== 'cds:storage-snapshot' || message.id !== id) return;
			areas.local.receiveSnapshot(message.local, message.refused.local);
			areas.session.receiveSnapshot(message.session, message.refused.session);
			finish(true);
		});
		// A write the shell could not save: later writes throw, and the page's scripts are told.
		window.addEventListener('message', (event) => {
			if (event.source !== parent) return;
			const message = readShellMessage(event.data);
			if (message?.type !== 'cds:storage-failed') return;
			areas[message.area].refuse(message.reason);
			window.dispatchEvent(new CustomEvent(STORAGE_REFUSED_EVENT, { detail: message.area }));
		});
		const ask = () => send({ type: 'cds:storage-request', id });
		const retry = setInterval(ask, RETRY_MS);
		const giveUp = setTimeout(() => {
			// No shell answered (the page is framed by something else): keep what was written here.
			for (const kind of ['local', 'session'] as const) {
				const own = native(kind);
				try {
					for (const [key, value] of areas[kind].entries()) own?.setItem(key, value);
				} catch {
					// The page's own storage refused: the values stay in memory for this visit.
				}
			}
			finish(false);
		}, WAIT_MS);
		ask();
	});
	return { ready, area: (kind) => (mode === 'own' ? native(kind) : areas[kind]) };
}

/**
 * Installs the page's one bridge to the shell when the page runs inside it. Called by the offline
 * page script, which runs before the page's own scripts; kept on `window` (see bridge-slot.ts) so
 * that every script bundle of the page shares one snapshot, as ES modules would share one module.
 */
export function installOfflineShellBridge(native: NativeArea): ShellBridge | undefined {
	if (typeof window === 'undefined') return undefined;
	const win = window as BridgeWindow;
	if (win[BRIDGE] !== undefined) return win[BRIDGE] ?? undefined;
	let inShell = false;
	try {
		inShell = runsInOfflineShell({ marked: document.documentElement.hasAttribute(OFFLINE_MARKER), framed: window.parent !== window, protocol: location.protocol });
	} catch {
		inShell = false;
	}
	win[BRIDGE] = inShell ? createBridge(native) : null;
	return win[BRIDGE] ?? undefined;
}
