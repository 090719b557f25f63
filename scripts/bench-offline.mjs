// Benchmark of the offline edition: each language's zip size and the packaging time (all zips),
// against the targets (a zip of the whole course <= 3 MB, packaging <= 5 s).
// `node scripts/bench-offline.mjs [--dist <built site>]` (builds dist/ first if it is missing);
// `npm run bench` passes the site it has just built, so its figures are never from an older build.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runPackage } from './package.mjs';

const ZIP_TARGET = 3_000_000; // bytes
const TIME_TARGET = 5_000; // ms

/** Packages the built site `runs` times; reports each zip's size and the fastest and slowest packaging. */
export async function benchOffline({ runs = 3, dist = 'dist' } = {}) {
	const reuse = existsSync(`${dist}/index.html`);
	const times = [];
	let result;
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		result = await runPackage({ reuse: reuse || i > 0, dist });
		// The first run without dist/ includes the site's build: count the step's own time then.
		times.push(reuse || i > 0 ? performance.now() - started : result.ms);
	}
	const slowest = Math.max(...times);
	return {
		zips: result.editions.map((z) => ({ locale: z.locale, zipBytes: z.zipBytes })),
		fastestMs: Math.min(...times),
		slowestMs: slowest,
		lines: [
			...result.editions.map(
				(z) => `offline zip (${z.locale}): ${(z.zipBytes / 1_000_000).toFixed(2)} MB (${z.zipBytes} bytes; target <= 3 MB) ${z.zipBytes <= ZIP_TARGET ? 'ok' : 'OVER'}`,
			),
			`offline packaging (all ${result.editions.length} zips): ${(Math.min(...times) / 1000).toFixed(2)}-${(slowest / 1000).toFixed(2)} s over ${runs} runs (target <= 5 s) ${slowest <= TIME_TARGET ? 'ok' : 'OVER'}`,
		],
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { dist: { type: 'string' } } });
	const { lines } = await benchOffline({ dist: values.dist });
	for (const line of lines) console.log(line);
}
