// `npm run build`: astro build, with memory settings that keep a large course's build small.
//   node scripts/build.mjs [astro build options]     (the bench, the test builds and packaging run it too)
// Three settings, each overridable from the environment:
// - The bundler (Rolldown, native code) frees most of its memory when bundling ends, but its
//   allocator keeps it from the system unless told to give it back at once (MIMALLOC_PURGE_DELAY=0);
//   then page rendering reuses that memory instead of adding to it.
// - Node lets its heap grow to about twice what is alive before collecting. A cap of about twice
//   what a build keeps alive (measured: about 0.4 MB a lesson, most at 1000 lessons 420 MB) makes it
//   collect sooner: at 1000 lessons the peak falls from about 2.0 GB to about 1.3 GB, for little time.
//   The cap grows with the course, so a bigger course never runs out. NODE_OPTIONS with its own
//   --max-old-space-size wins.
// - Node's young generation (where new objects start) may grow to 128 MB with this cap; a
//   16 MB semi-space (32 MB in all) keeps most of that out of the peak, which comes while the
//   bundler holds every lesson module: at 1000 lessons about 1.35 GB -> 1.2 GB, for about the
//   same CPU time. NODE_OPTIONS with its own --max-semi-space-size wins.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** How many lesson files the course has, in every language (CONTENT_ROOT as the build reads it). */
function lessonCount() {
	const dir = process.env.CONTENT_ROOT || 'content';
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.mdx')).length;
}

const heapCapMiB = (lessons) => Math.max(768, Math.ceil(lessons * 0.8));

const YOUNG_SEMI_SPACE_MIB = 16;

const nodeOptions = process.env.NODE_OPTIONS ?? '';
const flags = [
	...(/--max-old-space-size/.test(nodeOptions) ? [] : [`--max-old-space-size=${heapCapMiB(lessonCount())}`]),
	...(/--max-semi-space-size/.test(nodeOptions) ? [] : [`--max-semi-space-size=${YOUNG_SEMI_SPACE_MIB}`]),
];
const result = spawnSync(process.execPath, [...flags, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
process.exit(result.status ?? 1);
