import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asClassicScript } from '../../src/packaging/offline/bundle-scripts';

// The offline copy's classic scripts (src/packaging/offline/bundle-scripts.ts): each ES module
// esbuild wrote becomes a script that takes what it imports from a page-wide registry.
describe('an ES module as a classic script', () => {
	it('registers its exports under its name, live, whatever names its own code uses', async () => {
		// Names the wrapper could use itself: the module's code must not overwrite them.
		const chunk = await asClassicScript('chunk-A.js', 'var r = 1, o = 2, m = 3, n = 0; export function bump() { n++; } export { r as a, o as b, m as c, n as count };');
		const entry = await asClassicScript('script-0.js', 'import { a, b, c, bump, count } from "./chunk-A.js"; bump(); bump(); globalThis.seen = [a, b, c, count];');
		const page: { seen?: number[]; __cdsOfflineModules?: Record<string, { count: number }> } = {};
		runInNewContext(chunk, page);
		runInNewContext(entry, page);
		expect(page.seen).toEqual([1, 2, 3, 2]);
		expect(Object.keys(page.__cdsOfflineModules!)).toEqual(['chunk-A.js', 'script-0.js']);
		expect(page.__cdsOfflineModules!['chunk-A.js']!.count).toBe(2);
	});

	it('names the missing file when it runs before what it imports', async () => {
		const entry = await asClassicScript('script-1.js', 'import { a } from "./chunk-B.js"; globalThis.seen = a;');
		expect(() => runInNewContext(entry, {})).toThrow('offline scripts: chunk-B.js must load before script-1.js');
	});
});
