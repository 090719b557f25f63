import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { extractSources } from '../../../src/integrations/search/extract-sources';
import { offlineIndexScripts } from './built-indexes';
import { vocabularyOf } from '../../../src/search/lunr-index';
import { searchFiles } from '../../../src/search/paths';
import { loadSynonyms } from '../../../src/search/synonyms-file';
import type { SearchSettings } from '../../../src/search/types';
import type { ProbeInput, ProbeOutput } from './probe-entry';
import type { QuerySet } from './query-set';

export const ENGINES = ['pagefind', 'lunr'] as const;

export interface EngineReport {
	engine: (typeof ENGINES)[number];
	recallAt1: number;
	recallAt5: number;
	/** Share of queries whose lesson is among the results that match well, shown before "More results". */
	recallStrong: number;
	/** Average number of results that match well. */
	strongMean: number;
	/** Queries whose lesson was not in the first five results. */
	misses: { query: string; expect: string; got: string[] }[];
	/** Queries whose lesson was found, but not first. */
	notFirst: { query: string; expect: string; got: string[] }[];
	/** Time to load the engine and its index in the page. */
	loadMs: number;
	/** Time to answer a query once the index is loaded. */
	queryMs: { median: number; max: number; slowest: string };
}

/** A language's lessons in the build: those whose page's <html lang> is that language. */
export const sourcesIn = (distDir: string, code = 'en') => extractSources(distDir).sources.filter((s) => (s.language ?? 'en') === code);

/** The synonyms and vocabulary the build wrote into a language's search interface. */
export function settingsFor(distDir: string, code = 'en'): SearchSettings {
	return { synonyms: loadSynonyms(process.cwd(), code).synonyms, vocabulary: vocabularyOf(sourcesIn(distDir, code)) };
}

async function probeBundle(): Promise<string> {
	const result = await build({ entryPoints: ['tests/support/search/probe-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'warning' });
	return result.outputFiles[0]!.text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Runs every query against each engine in the page's browser. The page must be a page of the
 * built site in the query set's language (Pagefind opens the index of the page's <html lang>),
 * opened with bypassCSP (the probe is added as an inline script).
 */
export async function measureEngines(page: Page, siteRoot: string, distDir: string, set: QuerySet, code = 'en'): Promise<EngineReport[]> {
	await page.addScriptTag({ content: await probeBundle() });
	const settings = settingsFor(distDir, code);
	const reports: EngineReport[] = [];
	for (const engine of ENGINES) {
		const input: ProbeInput = { engine, root: siteRoot, settings, queries: set.queries.map((q) => q.query), limit: 5, language: code };
		const output = await page.evaluate((i) => (window as unknown as { searchProbe: (i: ProbeInput) => Promise<ProbeOutput> }).searchProbe(i), input);
		const found = set.queries.map((q, i) => ({ ...q, got: output.results[i]!.ids, strong: output.results[i]!.strong }));
		reports.push({
			engine,
			recallAt1: found.filter((f) => f.got[0] === f.expect).length / found.length,
			recallAt5: found.filter((f) => f.got.slice(0, 5).includes(f.expect)).length / found.length,
			recallStrong: found.filter((f) => f.got.slice(0, f.strong).includes(f.expect)).length / found.length,
			strongMean: found.reduce((sum, f) => sum + f.strong, 0) / found.length,
			misses: found.filter((f) => !f.got.slice(0, 5).includes(f.expect)).map(({ query, expect, got }) => ({ query, expect, got })),
			notFirst: found.filter((f) => f.got[0] !== f.expect && f.got.slice(0, 5).includes(f.expect)).map(({ query, expect, got }) => ({ query, expect, got })),
			loadMs: output.loadMs,
			queryMs: {
				median: median(output.results.map((r) => r.ms)),
				max: Math.max(...output.results.map((r) => r.ms)),
				slowest: found[output.results.reduce((best, r, i, all) => (r.ms > all[best]!.ms ? i : best), 0)]!.query,
			},
		});
	}
	return reports;
}

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

export interface SizeReport {
	pagefindBytes: number;
	lunrBytes: number;
	lunrGzipBytes: number;
	/** The offline index's scripts (1, or its list and parts) and the largest one, gzip. */
	lunrScripts: number;
	lunrLargestGzipBytes: number;
	uiBytes: number;
	uiGzipBytes: number;
	lessons: number;
}

export function measureSizes(distDir: string, code = 'en'): SizeReport {
	const files = searchFiles(code);
	const lunrParts = offlineIndexScripts(distDir, code).map(({ text }) => Buffer.from(text));
	const lunr = Buffer.concat(lunrParts);
	// The interface loads its script and the results' styles together: count both.
	const ui = Buffer.concat([readFileSync(join(distDir, files.ui)), readFileSync(join(distDir, files.uiStyles))]);
	return {
		pagefindBytes: folderBytes(join(distDir, files.pagefindDir)),
		lunrBytes: lunr.length,
		lunrGzipBytes: lunrParts.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0),
		lunrScripts: lunrParts.length,
		lunrLargestGzipBytes: Math.max(...lunrParts.map((part) => gzipSync(part, { level: 9 }).length)),
		uiBytes: ui.length,
		uiGzipBytes: gzipSync(ui, { level: 9 }).length,
		lessons: sourcesIn(distDir, code).length,
	};
}
