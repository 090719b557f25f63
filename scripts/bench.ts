// Prints build time, peak memory, page count, output size and, for lesson, quiz and practice
// pages, the bytes of HTML, CSS and JS each page loads (raw and gzip). Figures, not pass/fail: machines here are noisy.
//   npm run bench                      the real course
//   npm run bench -- --lessons 1000    a synthetic course of 1000 lessons made from the real ones
//   npm run bench -- --content other   lessons from another content folder (same layout as content/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { pageWeight, type PageWeight } from './bench/page-weight';
import { makeSyntheticCourse } from './bench/synthetic-course';
import type { HookTiming } from '../src/integrations/build-timings';

const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const lessonsWanted = arg('lessons') ? Number(arg('lessons')) : undefined;
let contentRoot = arg('content') ?? process.env.CONTENT_ROOT ?? 'content';
if (lessonsWanted) {
	const target = join('bench-out', `content-${lessonsWanted}`);
	makeSyntheticCourse(contentRoot, target, lessonsWanted);
	contentRoot = target;
}
const outDir = join('bench-out', `dist-${lessonsWanted ?? 'course'}`);
const timingsFile = join('bench-out', `timings-${lessonsWanted ?? 'course'}.jsonl`);

function build(): { seconds: number; peakMiB: number; cpuSeconds: number } {
	const started = process.hrtime.bigint();
	rmSync(timingsFile, { force: true });
	mkdirSync('bench-out', { recursive: true });
	const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, 'scripts/build.mjs', '--silent'], {
		env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: `./${outDir}`, BUILD_TIMINGS_FILE: timingsFile },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		process.exit(1);
	}
	const [peakKiB, user, system] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
	return { seconds, peakMiB: peakKiB! / 1024, cpuSeconds: user! + system! };
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const stats = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
};

const { seconds, peakMiB, cpuSeconds } = build();
const files = walk(outDir);
const pages = files.filter((f) => f.endsWith('.html'));
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const moduleIds = readdirSync(join(contentRoot, 'lessons'));
// A lesson's pages: the lesson itself (<module>/<lesson>/), its quiz (…/quiz/) and a page for
// each simulation it embeds (…/practice/<data>/).
const kindOf = (p: string): 'lesson' | 'quiz' | 'practice' | undefined => {
	const parts = p.split('/');
	if (!moduleIds.includes(parts[0]!) || parts.at(-1) !== 'index.html') return undefined;
	if (parts.length === 3) return 'lesson';
	if (parts.length === 4 && parts[2] === 'quiz') return 'quiz';
	if (parts.length === 5 && parts[2] === 'practice') return 'practice';
	return undefined;
};
const byKind = { lesson: [] as PageWeight[], quiz: [] as PageWeight[], practice: [] as PageWeight[] };
for (const p of pages.map((f) => relative(outDir, f))) {
	const kind = kindOf(p);
	if (kind) byKind[kind].push(pageWeight(outDir, '/', p));
}
const weights = byKind.lesson;

console.log(`Course: ${contentRoot} (${weights.length} lesson pages, ${byKind.quiz.length} quiz pages, ${byKind.practice.length} practice pages)`);
// CPU time (user + system) says more than wall time on a machine shared with other work.
console.log(`Build: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU, peak memory ${peakMiB.toFixed(0)} MiB`);
console.log(`Output: ${pages.length} pages, ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
printPhases();
printLunrParts();
const labels = { html: 'HTML', css: 'CSS', js: 'JS', practiceJs: 'SIM JS', total: 'TOTAL' } as const;
const names = { lesson: 'Lesson pages', quiz: 'Quiz pages', practice: 'Practice pages (a simulation each)' } as const;
for (const kind of ['lesson', 'quiz', 'practice'] as const) {
	const group = byKind[kind];
	if (group.length === 0) continue;
	console.log(`\n${names[kind]}, bytes a page loads (median / max):`);
	for (const part of ['html', 'css', 'js', 'practiceJs', 'total'] as const) {
		const withPart = part === 'practiceJs' ? group.filter((w) => w.practiceJs.raw > 0) : group;
		if (withPart.length === 0) continue;
		const raw = stats(withPart.map((w) => w[part].raw));
		const gz = stats(withPart.map((w) => w[part].gzip));
		console.log(`  ${labels[part].padEnd(6)} raw ${kb(raw.median).padStart(9)} / ${kb(raw.max).padStart(9)}   gzip ${kb(gz.median).padStart(8)} / ${kb(gz.max).padStart(8)}`);
	}
}
console.log('  (JS counts inline scripts, which are in the HTML too; TOTAL counts them once. SIM JS: a simulation\'s own script.)');
console.log('\nEach lesson, quiz and practice page, gzip: total (HTML + CSS + JS + SIM JS)');
for (const w of [...weights, ...byKind.quiz, ...byKind.practice].sort((a, b) => a.total.gzip - b.total.gzip)) {
	console.log(`  ${w.page.replace(/\/index\.html$/, '').padEnd(56)} ${kb(w.total.gzip).padStart(8)}  (${kb(w.html.gzip)} + ${kb(w.css.gzip)} + ${kb(w.js.gzip)}${w.practiceJs.gzip ? ` + ${kb(w.practiceJs.gzip)}` : ''})`);
}
const verdict = (group: PageWeight[], limit: number, pick: (w: PageWeight) => number) => {
	const max = Math.max(...group.map(pick));
	return `${max <= limit * 1024 ? 'met' : 'MISSED'} (max ${kb(max)}, ${max} of ${limit * 1024} bytes)`;
};
console.log('\nTargets:');
console.log(`  lesson page total <= 14 KB gzip: ${verdict(weights, 14, (w) => w.total.gzip)}`);
if (byKind.quiz.length) console.log(`  quiz page total <= 14 KB gzip: ${verdict(byKind.quiz, 14, (w) => w.total.gzip)}`);
console.log(`  JS before interaction <= 6 KB gzip, lesson and quiz pages: ${verdict([...weights, ...byKind.quiz], 6, (w) => w.js.gzip)}`);
if (byKind.practice.length) console.log(`  (practice pages, reported only: total max ${kb(Math.max(...byKind.practice.map((w) => w.total.gzip)))}; JS before interaction, simulation apart, max ${kb(Math.max(...byKind.practice.map((w) => w.js.gzip)))})`);
const heaviest = [...weights].sort((a, b) => b.total.gzip - a.total.gzip)[0];
if (heaviest) console.log(`Heaviest lesson page: ${heaviest.page} (${kb(heaviest.total.gzip)} gzip)`);
if (existsSync(join(outDir, 'pagefind'))) console.log(`Pagefind files: ${kb(walk(join(outDir, 'pagefind')).reduce((s, f) => s + statSync(f).size, 0))}`);

// The offline edition: zip size and packaging time (the real course only).
if (!lessonsWanted && !arg('content')) {
	console.log('');
	spawnSync(process.execPath, ['scripts/bench-offline.mjs', '--dist', outDir], { stdio: 'inherit' });
}

/** Time per build phase, from the hook timings the build wrote (src/integrations/build-timings). */
function printPhases() {
	if (!existsSync(timingsFile)) return;
	const timings = readFileSync(timingsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as HookTiming);
	const at = (hook: string) => timings.find((t) => t.integration === 'astro' && t.hook === hook)?.start;
	const [start, generated] = [at('astro:build:start'), at('astro:build:generated')];
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log('Build phases (from process start):');
	const setup = timings.filter((t) => t.hook === 'astro:config:setup' && t.ms >= 100);
	if (start !== undefined) console.log(`  start-up, config and content checks ${s(start).padStart(8)}${setup.map((t) => `  (${t.integration} ${s(t.ms)})`).join('')}`);
	if (start !== undefined && generated !== undefined) console.log(`  bundle and render pages             ${s(generated - start).padStart(8)}`);
	for (const t of timings.filter((t) => t.hook === 'astro:build:done' && t.integration !== 'astro')) console.log(`  after build: ${t.integration.padEnd(22)} ${s(t.ms).padStart(8)}`);
}

/** The offline (lunr) index: each part's size, raw and gzip. */
function printLunrParts() {
	const dir = join(outDir, 'search');
	if (!existsSync(dir)) return;
	const parts = readdirSync(dir).filter((f) => /^lunr-index.*\.js$/.test(f));
	const sizes = parts.map((f) => { const b = readFileSync(join(dir, f)); return { f, raw: b.length, gzip: gzipSync(b).length }; });
	const total = sizes.reduce((a, x) => a + x.gzip, 0);
	const largest = sizes.reduce((a, x) => (x.gzip > a.gzip ? x : a), sizes[0]!);
	if (sizes.length) console.log(`Offline index: ${sizes.length} part(s), ${kb(total)} gzip in all, largest ${largest.f} ${kb(largest.gzip)} gzip (${kb(largest.raw)} raw)`);
}
