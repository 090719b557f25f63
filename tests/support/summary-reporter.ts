import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

/** Prints the plain closing line "N passed, N failed" that CI reads, after Playwright's own report. */
export default class SummaryReporter implements Reporter {
	#root?: Suite;
	onBegin(_config: FullConfig, suite: Suite) {
		this.#root = suite;
	}
	onEnd() {
		const tests = this.#root?.allTests() ?? [];
		const passed = tests.filter((t) => t.outcome() === 'expected' || t.outcome() === 'flaky').length;
		const skipped = tests.filter((t) => t.outcome() === 'skipped').length;
		const failed = tests.length - passed - skipped;
		console.log(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
	}
}
