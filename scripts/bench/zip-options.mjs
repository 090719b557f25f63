// What each way of making the offline zip smaller would save, measured on an offline copy that
// `npm run package` wrote (one a language: dist-offline/en/ by default, dist-offline/fr/): each
// option changes or leaves out files in memory and zips again with the same settings (deflate
// level 6, each file alone, same zip headers). The "one zip a language" rows (the choice made
// since) only apply to a copy that holds both languages.
// A measurement for choosing, not a feature: nothing here changes the course.
//   node scripts/bench/zip-options.mjs [dist-offline/en]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { parse } from 'node-html-parser';

const dir = process.argv[2] ?? 'dist-offline/en';
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|mp4|webm|mp3|ogg)$/i;
const files = new Map(
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => [relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), readFileSync(join(e.parentPath, e.name))]),
);

/** Bytes of a zip of these files as src/packaging/offline/zip.ts writes it. */
const packedCache = new Map();
function zipBytes(entries) {
	let total = 22; // end of central directory
	for (const [path, data] of entries) {
		const name = strToU8(path).length;
		let packed = packedCache.get(data);
		if (packed === undefined) {
			packed = STORED.test(path) ? data.length : deflateSync(data, { level: 6 }).length;
			packedCache.set(data, packed);
		}
		total += 30 + name + 46 + name + packed; // local header, central directory entry, data
	}
	return total;
}

const site = (p) => p.replace(/^course\/(fr\/)?/, '');
const isFrench = (p) => p.startsWith('course/fr/') || p.startsWith('course/search/fr/') || p.startsWith('course/images/fr/');
const isModuleHandout = (p) => /^handouts\/[^/]+\/index\.html$/.test(site(p));
const isLessonHandout = (p) => /^handouts\/[^/]+\/[^/]+\/index\.html$/.test(site(p));
const isNotes = (p) => /^present\/[^/]+\/[^/]+\/notes\/index\.html$/.test(site(p));
const isTrainerPart = (p) => /^(present|handouts|trainers)\//.test(site(p));

/** The files with some HTML pages changed by `edit(root)` (node-html-parser). */
function editPages(test, edit) {
	const out = new Map(files);
	for (const [path, data] of files) {
		if (!test(path)) continue;
		const root = parse(data.toString('utf8'), { comment: true, blockTextElements: { script: true, style: true } });
		edit(root);
		out.set(path, Buffer.from(root.toString(), 'utf8'));
	}
	return out;
}
const without = (test) => new Map([...files].filter(([p]) => !test(p)));

const base = zipBytes(files);
const rows = [];
const row = (name, bytes, note = '') => rows.push({ name, bytes, note });
row('today (all files)', base);
row('no module handouts (11 pages)', zipBytes(without(isModuleHandout)));
row('module handouts as a cover only (links to lesson handouts)', zipBytes(editPages(isModuleHandout, (root) => root.querySelectorAll('.handout:not(.handout--cover)').forEach((n) => n.remove()))));
row('no lesson handouts (77 pages; module handout kept)', zipBytes(without(isLessonHandout)));
row('notes without "what the lesson says" text', zipBytes(editPages(isNotes, (root) => root.querySelectorAll('.notes-text').forEach((n) => n.remove()))));
row('notes without the copy of each slide', zipBytes(editPages(isNotes, (root) => root.querySelectorAll('.notes-item__slide').forEach((n) => n.remove()))));
row('no speaker notes pages at all', zipBytes(without(isNotes)));
// Together: handouts once (module handouts as covers) and notes without the lesson's text.
const slimmer = editPages(
	(p) => isModuleHandout(p) || isNotes(p),
	(root) => root.querySelectorAll('.handout:not(.handout--cover), .notes-text').forEach((n) => n.remove()),
);
row('module handouts as covers + notes without the lesson text', zipBytes(slimmer));
row('... and notes without the slide copies too', zipBytes(new Map([...slimmer].map(([p, d]) => {
	if (!isNotes(p)) return [p, d];
	const root = parse(d.toString('utf8'), { comment: true, blockTextElements: { script: true, style: true } });
	root.querySelectorAll('.notes-item__slide').forEach((n) => n.remove());
	return [p, Buffer.from(root.toString(), 'utf8')];
}))));
// Together: lesson handouts only inside the module handout, notes with neither lesson text nor slide copies.
const slimNotes = editPages(isNotes, (root) => root.querySelectorAll('.notes-text, .notes-item__slide').forEach((n) => n.remove()));
row('no lesson handouts + notes without lesson text or slide copies', zipBytes(new Map([...slimNotes].filter(([p]) => !isLessonHandout(p)))));
row('no module handouts + notes without lesson text or slide copies', zipBytes(new Map([...slimNotes].filter(([p]) => !isModuleHandout(p)))));
// Two zips: what a learner needs, and what a trainer adds (its pages, and the shared scripts,
// styles and pictures again, so it works alone; learner pages it links to open online).
const sharedFile = (p) => !p.endsWith('.html') && !p.startsWith('course/search/');
row('learner zip: no slides, notes, handouts or guides', zipBytes(without(isTrainerPart)));
row('trainer zip: slides, notes, handouts, guides + shared files', zipBytes(new Map([...files].filter(([p]) => isTrainerPart(p) || sharedFile(p) || !p.startsWith('course/')))));
// One zip a language. English: no fr/ at all. French: the French pages, and the English pages of
// the modules with no French lessons (the French edition links to them), no English twin pages.
const frenchPages = new Set([...files.keys()].filter((p) => p.startsWith('course/fr/')).map((p) => p.replace(/^course\/fr\//, 'course/')));
const bothLanguages = frenchPages.size > 0 && files.has('course/index.html');
if (bothLanguages) row('English zip (no French pages, index or pictures)', zipBytes(without(isFrench)));
if (bothLanguages) row('French zip (French pages + English-only modules + shared files)', zipBytes(without((p) => p.endsWith('.html') && frenchPages.has(p) && p !== 'course/index.html' ? true : /^course\/search\/(lunr-index|search-ui)/.test(p))));
if (bothLanguages) row('learner zip, English only', zipBytes(without((p) => isTrainerPart(p) || isFrench(p))));

console.log(`Offline copy in ${dir}: ${files.size} files; zip ${base} bytes (same settings as the real zip)\n`);
for (const r of rows) {
	const diff = r.bytes - base;
	console.log(`  ${r.name.padEnd(66)} ${String(r.bytes).padStart(8)} B  ${(r.bytes / 1e6).toFixed(2)} MB  ${diff ? `${diff > 0 ? '+' : ''}${diff}` : ''}`);
}
