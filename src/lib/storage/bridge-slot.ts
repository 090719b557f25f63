import type { AreaKind } from './shell-protocol';

/**
 * Where the offline edition's bridge to the shell page waits for the page's scripts. The bridge
 * itself (shell-bridge.ts) ships only in the offline copy, inside the page script the offline step
 * adds before every other script; hosted pages carry just this slot, so they stay light.
 */
export interface ShellBridge {
	/** Resolves true with the shell's values, or false when the page fell back to its own storage. */
	ready: Promise<boolean>;
	area(kind: AreaKind): Storage | undefined;
}

export const BRIDGE = Symbol.for('cds.shell-bridge');
/** Sent on `window` when the offline shell could not save a write (detail: the area). */
export const STORAGE_REFUSED_EVENT = 'cds:storage-refused';
export type BridgeWindow = Window & { [BRIDGE]?: ShellBridge | null };

/** The bridge the offline page script installed, or undefined (hosted site, or not in the shell). */
export function installedBridge(): ShellBridge | undefined {
	if (typeof window === 'undefined') return undefined;
	return (window as BridgeWindow)[BRIDGE] ?? undefined;
}
