// `npm run bench:search`: builds the site into bench-out/dist, then measures both search engines
// in Chromium over tests/fixtures/search-queries.yaml (recall@1, recall@5, index sizes, timings),
// then, when the build has French lesson pages, over tests/fixtures/search-queries.fr.yaml on a French page.
// It always exits 0 when it could measure; missed targets are printed as MISSED.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody uses right now, for the benchmark's own server. */
const freePort = () =>
	new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

const env = { ...process.env, OUT_DIR: './bench-out/dist', BENCH_DIST: 'bench-out/dist', BENCH_PORT: String(await freePort()) };
mkdirSync('bench-out', { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs', '--silent'], { stdio: 'inherit', env });
execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/bench/playwright.config.ts'], { stdio: 'inherit', env });
