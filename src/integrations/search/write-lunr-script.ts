import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildLunrIndex, type SearchSource } from '../../search/lunr-index';
import type { LunrManifest, LunrPart } from '../../search/lunr-parts';
import { packIndex, type LunrIndexJson } from '../../search/lunr-pack';
import type { SearchLanguage } from '../../search/language';
import { language as english } from '../../search/languages/en';
import { lunrPartPath, searchFiles } from '../../search/paths';
import type { LunrPayload } from '../../search/types';
import { splitIndex } from './split-lunr-index';

/** The most one offline index script may weigh, gzip: above it, the index is written in parts. */
export const LUNR_PART_BUDGET = 80 * 1024;

const indexScript = (value: LunrPayload | LunrManifest) => `window.CDS_SEARCH_INDEX=${JSON.stringify(value)};\n`;
const partScript = (n: number, part: LunrPart) => `(window.CDS_SEARCH_PARTS=window.CDS_SEARCH_PARTS||[])[${n}]=${JSON.stringify(part)};\n`;
const gzipBytes = (text: string) => gzipSync(text).length;

/** Runs of lessons of the same module, in index order. */
function moduleRuns(payload: LunrPayload): string[][] {
	const runs: string[][] = [];
	payload.docs.forEach((doc, i) => {
		if (i > 0 && payload.docs[i - 1]!.module === doc.module) runs.at(-1)!.push(doc.id);
		else runs.push([doc.id]);
	});
	return runs;
}

/** Whole modules, in order, gathered into as few parts as keep each within the budget (a module alone may pass it). */
function groupModules(payload: LunrPayload, budget: number): string[][] {
	const groups: string[][] = [];
	let current: string[] = [];
	for (const run of moduleRuns(payload)) {
		const candidate = [...current, ...run];
		if (current.length > 0 && gzipBytes(partScript(0, splitIndex(payload, [candidate])[0]!)) > budget) {
			groups.push(current);
			current = run;
		} else current = candidate;
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

/**
 * The offline index as classic scripts (site path and text), which set globals so <script src>
 * loads them from file://: one script while the whole index fits the budget, else a manifest
 * (searchFiles(code).lunrIndex) and parts of whole modules (see lunr-parts.ts). One language's
 * lessons, with its stemmer: search/lunr-index.js for English, search/fr/lunr-index.js for French.
 */
export function lunrScripts(sources: readonly SearchSource[], budget = LUNR_PART_BUDGET, language: SearchLanguage = english): { path: string; text: string }[] {
	const indexPath = searchFiles(language.code).lunrIndex;
	const payload: LunrPayload = {
		index: packIndex(buildLunrIndex(sources, language).toJSON() as unknown as LunrIndexJson),
		docs: sources.map(({ id, title, module, minutes, path, passages }) => ({ id, title, module, minutes, path, passages })),
	};
	const whole = indexScript(payload);
	if (gzipBytes(whole) <= budget) return [{ path: indexPath, text: whole }];
	const parts = splitIndex(payload, groupModules(payload, budget));
	const { version, fields, pipeline } = payload.index;
	const manifest: LunrManifest = { version, fields, pipeline, parts: parts.map((_, n) => lunrPartPath(n, language.code)) };
	return [{ path: indexPath, text: indexScript(manifest) }, ...parts.map((part, n) => ({ path: lunrPartPath(n, language.code), text: partScript(n, part) }))];
}

/** Writes one language's offline index script(s) under the built site; returns each one's path and bytes. */
export function writeLunrScripts(outDir: string, sources: readonly SearchSource[], language: SearchLanguage = english): { path: string; bytes: number }[] {
	return lunrScripts(sources, LUNR_PART_BUDGET, language).map(({ path, text }) => {
		const file = join(outDir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		return { path, bytes: Buffer.byteLength(text) };
	});
}
