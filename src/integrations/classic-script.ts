/**
 * Browsers the classic bundles are written for: the same "widely available" baseline Vite
 * builds the hosted site's scripts for, so the offline copy runs wherever the hosted site does.
 */
export const BROWSER_TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];
