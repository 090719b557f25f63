import { buildSync } from 'esbuild';
import { expect, test } from '@playwright/test';

// startAll in a real browser, on a small page of its own: every element starts, one failing
// element stops none of the others (its error goes to console.error), a second call starts
// nothing twice. (Not the guarded fixture: this page fails on purpose.)
const kit = buildSync({ entryPoints: ['src/lib/start-all.ts'], bundle: true, format: 'iife', globalName: 'kit', write: false }).outputFiles[0]!.text;

test('startAll starts each element once and isolates a failing one', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
	await page.setContent(`<!doctype html><html lang="en"><body>
		<button data-module="counter" data-id="a">a</button>
		<button data-module="counter" data-id="broken">broken</button>
		<button data-module="counter" data-id="c">c</button>
		<p data-module="other">other</p>
	</body></html>`);
	await page.addScriptTag({ content: kit });
	const run = () =>
		page.evaluate(() => {
			const { startAll } = (window as unknown as { kit: typeof import('../../src/lib/start-all') }).kit;
			startAll('counter', (root) => {
				if (root.dataset.id === 'broken') throw new Error('this one is broken');
				root.dataset.starts = String(Number(root.dataset.starts ?? 0) + 1);
			});
		});
	await run();
	await run();
	await expect(page.locator('[data-id="a"]')).toHaveAttribute('data-starts', '1');
	await expect(page.locator('[data-id="c"]')).toHaveAttribute('data-starts', '1');
	await expect(page.locator('[data-id="broken"]')).not.toHaveAttribute('data-starts');
	await expect(page.locator('[data-id="broken"]')).toHaveAttribute('data-counter-started', '');
	await expect(page.locator('[data-module="other"]')).not.toHaveAttribute('data-counter-started');
	await expect.poll(() => errors).toEqual([expect.stringContaining('counter not started')]);
});
