import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildLunrIndex, type SearchSource } from '../../search/lunr-index';
import { packIndex, type LunrIndexJson } from '../../search/lunr-pack';
import { SEARCH_FILES } from '../../search/paths';
import type { LunrPayload } from '../../search/types';

/** The offline index as script text: a classic script that sets a global, so <script src> loads it from file://. */
export function lunrScript(sources: readonly SearchSource[]): string {
	const payload: LunrPayload = {
		index: packIndex(buildLunrIndex(sources).toJSON() as unknown as LunrIndexJson),
		docs: sources.map(({ id, title, module, minutes, path, passages }) => ({ id, title, module, minutes, path, passages })),
	};
	return `window.CDS_SEARCH_INDEX=${JSON.stringify(payload)};\n`;
}

/** Writes search/lunr-index.js under the built site; returns its size in bytes. */
export function writeLunrScript(outDir: string, sources: readonly SearchSource[]): number {
	const file = join(outDir, SEARCH_FILES.lunrIndex);
	const script = lunrScript(sources);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, script);
	return Buffer.byteLength(script);
}
