import type { BuildOptions } from 'esbuild';

/**
 * Browsers the classic bundles are written for: the same "widely available" baseline Vite
 * builds the hosted site's scripts for, so the offline copy runs wherever the hosted site does.
 */
export const BROWSER_TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

/**
 * esbuild options for one classic script (an IIFE: no import or export), which a plain
 * `<script src>` runs from file:// too. Used by the search interface and the offline step.
 */
export const CLASSIC_SCRIPT = {
	bundle: true,
	format: 'iife',
	platform: 'browser',
	target: BROWSER_TARGET,
	minify: true,
	legalComments: 'none',
	charset: 'utf8',
} as const satisfies BuildOptions;
