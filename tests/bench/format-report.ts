import type { EngineReport, SizeReport } from '../support/search/measure';

/** The targets of issue 4. */
export const TARGETS = { recallAt5: 0.9, lunrGzipKb: 80, queryMs: 50 } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

export function formatBenchReport(input: { engines: EngineReport[]; sizes: SizeReport; missingLessons: string[]; queryCount: number; queryFile: string }): string {
	const { engines, sizes, missingLessons } = input;
	const lines = [`Search benchmark: ${sizes.lessons} lessons indexed, ${input.queryCount} queries (${input.queryFile})`, ''];
	lines.push(`${pad('engine', 10)}${pad('recall@1', 10)}${pad('recall@5', 10)}${pad('index load', 12)}query median / max`);
	for (const e of engines) {
		lines.push(`${pad(e.engine, 10)}${pad(e.recallAt1.toFixed(2), 10)}${pad(e.recallAt5.toFixed(2), 10)}${pad(ms(e.loadMs), 12)}${ms(e.queryMs.median)} / ${ms(e.queryMs.max)}`);
	}
	lines.push('', 'Results that match well (shown before "More results")');
	for (const e of engines) lines.push(`  ${pad(e.engine, 10)}lesson among them: ${e.recallStrong.toFixed(2)}, ${e.strongMean.toFixed(1)} of them on average`);
	lines.push('', 'Index sizes');
	lines.push(`  Pagefind, all files        ${kb(sizes.pagefindBytes)}`);
	lines.push(`  lunr index script${sizes.lunrScripts > 1 ? 's' : ' '}         ${kb(sizes.lunrBytes)} raw, ${kb(sizes.lunrGzipBytes)} gzip${sizes.lunrScripts > 1 ? ` (${sizes.lunrScripts} scripts: the list of parts and ${sizes.lunrScripts - 1} parts; largest ${kb(sizes.lunrLargestGzipBytes)} gzip)` : ''}`);
	lines.push(`  search interface script    ${kb(sizes.uiBytes)} raw, ${kb(sizes.uiGzipBytes)} gzip (loaded on first use)`);
	const checks = [
		...engines.map((e) => [e.recallAt5 >= TARGETS.recallAt5, `${e.engine} recall@5 >= ${TARGETS.recallAt5} (measured ${e.recallAt5.toFixed(2)})`] as const),
		[sizes.lunrLargestGzipBytes <= TARGETS.lunrGzipKb * 1024, `lunr index <= ${TARGETS.lunrGzipKb} KB gzip per loaded script (largest ${kb(sizes.lunrLargestGzipBytes)})`] as const,
		...engines.map((e) => [e.queryMs.max <= TARGETS.queryMs, `${e.engine} every query <= ${TARGETS.queryMs} ms once loaded (slowest ${ms(e.queryMs.max)}: "${e.queryMs.slowest}")`] as const),
	];
	lines.push('', 'Targets');
	for (const [ok, text] of checks) lines.push(`  ${ok ? 'MET   ' : 'MISSED'} ${text}`);
	if (missingLessons.length) lines.push('', `Not in the course yet (${missingLessons.length}), so their queries cannot be found: ${missingLessons.join(', ')}`);
	for (const e of engines) {
		if (e.misses.length) lines.push('', `${e.engine}: not in the first five results`);
		for (const m of e.misses) lines.push(`  "${m.query}" -> ${m.expect} (got: ${m.got.join(', ') || 'nothing'})`);
		if (e.notFirst.length) lines.push('', `${e.engine}: found, but not first`);
		for (const m of e.notFirst) lines.push(`  "${m.query}" -> ${m.expect} (place ${m.got.indexOf(m.expect) + 1}; first: ${m.got[0]})`);
	}
	const missed = checks.filter(([ok]) => !ok).length;
	lines.push('', missed ? `${missed} target(s) MISSED.` : 'All targets met.');
	return lines.join('\n');
}
