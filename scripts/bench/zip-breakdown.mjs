// Where the offline zip's bytes go: compressed bytes by kind of file, and the biggest blocks that
// repeat across pages (inline <style>/<script>, long data-* attributes, inline SVG). Every file in
// the zip is compressed on its own, so a block repeated in N pages costs about N times its
// compressed size.
//   node scripts/bench/zip-breakdown.mjs [dist/course-offline-<version>-<language>.zip] [--top 15]
// (without a zip: the first one in dist/, the English one)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { deflateRawSync } from 'node:zlib';

const args = process.argv.slice(2);
const topArg = args.indexOf('--top');
const top = topArg >= 0 ? Number(args[topArg + 1]) : 15;
const zipPath = args.find((a, i) => a.endsWith('.zip') && i !== topArg + 1) ?? join('dist', readdirSync('dist').find((f) => /^course-offline-.*\.zip$/.test(f)) ?? '');

/** Compressed size of each entry, read from the zip itself (fflate's filter sees each entry's header). */
const entries = [];
const files = unzipSync(readFileSync(zipPath), {
	filter: (f) => {
		entries.push({ path: f.name, packed: f.size, raw: f.originalSize });
		return /\.html$/.test(f.name);
	},
});

const LESSON_MODULES = new Set();
for (const e of entries) {
	const m = /^course\/(?:fr\/)?([^/]+)\/[^/]+\/quiz\/index\.html$/.exec(e.path);
	if (m) LESSON_MODULES.add(m[1]);
}

/** A label for each file: what it is, whatever its language. */
function kindOf(path) {
	const p = path.replace(/^course\//, '').replace(/^fr\//, '');
	const parts = p.split('/');
	if (!path.startsWith('course/')) return 'shell (index.html, README)';
	if (parts[0] === 'present') {
		if (parts[3] === 'notes') return 'speaker notes pages';
		if (parts.length === 4) return 'slide decks';
		return 'present (other)';
	}
	if (parts[0] === 'handouts') {
		if (parts.length === 4) return 'lesson handouts';
		if (parts.length === 3) return 'module handouts';
		return 'handouts (other)';
	}
	if (parts[0] === 'images') return 'images';
	if (parts[0] === 'search') return 'search files';
	if (parts[0] === 'trainers') return 'trainer pages';
	if (parts[0] === '_astro' || parts[0] === '_offline' || parts[0] === 'lazy') return `scripts and styles (${parts[0]})`;
	if (LESSON_MODULES.has(parts[0])) {
		if (parts[2] === 'quiz') return 'quiz pages';
		if (parts[2] === 'practice') return 'practice pages';
		if (parts.length === 3) return 'lesson pages';
		return 'module pages';
	}
	return 'other pages and files';
}

const kb = (n) => `${(n / 1000).toFixed(0)} KB`.padStart(8);
const byKind = new Map();
for (const e of entries) {
	const k = kindOf(e.path);
	const lang = e.path.startsWith('course/fr/') ? 'fr' : 'en';
	const row = byKind.get(k) ?? { files: 0, packed: 0, raw: 0, en: 0, fr: 0 };
	row.files++;
	row.packed += e.packed;
	row.raw += e.raw;
	row[lang] += e.packed;
	byKind.set(k, row);
}
const zipBytes = readFileSync(zipPath).byteLength;
const entryBytes = entries.reduce((s, e) => s + e.packed, 0);
console.log(`${zipPath}: ${zipBytes} bytes (${entries.length} files; ${zipBytes - entryBytes} bytes of zip headers and directory)`);
console.log(`\nCompressed bytes by kind (EN / FR):`);
for (const [k, r] of [...byKind].sort((a, b) => b[1].packed - a[1].packed)) {
	console.log(`  ${k.padEnd(34)} ${kb(r.packed)}  (${kb(r.en)} / ${kb(r.fr)})  ${String(r.files).padStart(4)} files, ${kb(r.raw)} raw`);
}

/** Blocks worth sharing: inline styles and scripts, long data-* attributes, inline SVG. */
const BLOCKS = [
	['<style>', /<style\b[^>]*>[\s\S]*?<\/style>/g],
	['<script>', /<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g],
	['data-*', /\sdata-[\w-]+=(?:"[^"]{200,}"|'[^']{200,}')/g],
	['<svg>', /<svg\b[\s\S]*?<\/svg>/g],
];
const seen = new Map();
for (const [path, bytes] of Object.entries(files)) {
	const html = strFromU8(bytes);
	for (const [label, re] of BLOCKS) {
		for (const m of html.matchAll(re)) {
			if (m[0].length < 200) continue;
			const key = m[0];
			const row = seen.get(key) ?? { label, pages: new Set(), kinds: new Set() };
			row.pages.add(path);
			row.kinds.add(kindOf(path));
			seen.set(key, row);
		}
	}
}
const repeated = [...seen]
	.filter(([, r]) => r.pages.size > 1)
	.map(([block, r]) => {
		const packed = deflateRawSync(block, { level: 6 }).byteLength;
		return { block, ...r, raw: block.length, packed, cost: packed * r.pages.size };
	})
	.sort((a, b) => b.cost - a.cost);
console.log(`\nBiggest repeated blocks (each compressed alone x pages; the real cost in a page is near this):`);
for (const r of repeated.slice(0, top)) {
	const head = r.block.slice(0, 70).replace(/\s+/g, ' ');
	console.log(`  ${kb(r.cost)}  ${r.label.padEnd(8)} ${String(r.raw).padStart(6)} B raw, ${String(r.packed).padStart(5)} B packed x ${String(r.pages.size).padStart(3)} pages  [${[...r.kinds].join(', ')}]  ${head}`);
}
const byLabel = new Map();
for (const r of repeated) byLabel.set(r.label, (byLabel.get(r.label) ?? 0) + r.cost);
console.log(`  In all, repeated blocks: ${[...byLabel].map(([l, c]) => `${l} ${kb(c).trim()}`).join(', ')}`);
