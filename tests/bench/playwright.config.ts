import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser';

// `npm run bench:search`: serves the benchmark build (bench-out/dist) and runs the search benchmark.
const PORT = Number(process.env.BENCH_PORT ?? 4410);
export default defineConfig({
	testDir: '.',
	testMatch: ['search-bench.spec.ts'],
	reporter: [['line']],
	timeout: 300_000,
	use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), baseURL: `http://127.0.0.1:${PORT}/` },
	webServer: { command: `node tests/support/static-server.mjs ${process.env.BENCH_DIST ?? 'bench-out/dist'} ${PORT} /`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false, cwd: process.cwd() },
});
