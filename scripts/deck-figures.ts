// Prints, for each lesson's deck in a built site, how many slides it has, how many lines of text
// its fullest slide holds, and how many slides have no speaker notes. Run after a build:
// `npx tsx scripts/deck-figures.ts [dist]`. Used to compare decks before and after a change.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { loadContent } from '../src/content-layer/load-content';
import { LINE_CHARS } from '../src/lib/workshop/slide-text';

/** Characters of a projected line, as the slide rule counts them (src/lib/workshop/slide-text.ts). */
const LINE = LINE_CHARS;
const dist = process.argv[2] ?? 'dist';
const { lessons } = loadContent();

/** Lines of text a slide shows under its heading: each paragraph, item or caption from a new line. */
function slideLines(slide: ReturnType<typeof parse>): number {
	const blocks = slide.querySelectorAll('p, li, figcaption, dd, dt, td').filter((b) => !b.querySelector('p, li') && !b.closest('details') && !b.classNames.includes('slide__eyebrow') && !b.closest('.qr'));
	return blocks.reduce((sum, b) => sum + Math.max(1, Math.ceil(b.text.replace(/\s+/g, ' ').trim().length / LINE)), 0);
}

const rows: string[][] = [];
let totalSlides = 0;
for (const lesson of lessons) {
	const dir = join(dist, 'present', lesson.data.module, lesson.slug);
	if (!existsSync(join(dir, 'index.html'))) continue;
	const slides = parse(readFileSync(join(dir, 'index.html'), 'utf8')).querySelectorAll('section.slide');
	const notes = parse(readFileSync(join(dir, 'notes', 'index.html'), 'utf8')).querySelectorAll('.notes-item');
	// Title, question and key-point slides come from the frontmatter and the quiz: measure the rest.
	const made = slides.filter((s) => !/slide--(title|module|quiz|key-points)\b/.test(s.getAttribute('class') ?? ''));
	const longest = Math.max(0, ...made.map(slideLines));
	const bare = notes.filter((n) => n.querySelector('.notes-item__none')).length;
	totalSlides += slides.length;
	rows.push([`${lesson.data.module}/${lesson.slug}`, String(lesson.data.minutes), String(slides.length), String(longest), String(bare)]);
}
const modules = readdirSync(join(dist, 'present')).filter((m) => existsSync(join(dist, 'present', m, 'index.html')));
console.log(`${'lesson'.padEnd(48)} ${'min'.padStart(4)} ${'slides'.padStart(6)} ${'longest'.padStart(7)} ${'no notes'.padStart(8)}`);
for (const r of rows) console.log(`${r[0]!.padEnd(48)} ${r[1]!.padStart(4)} ${r[2]!.padStart(6)} ${r[3]!.padStart(7)} ${r[4]!.padStart(8)}`);
console.log(`\n(longest = lines of text, at ${LINE} characters a line, on the fullest slide made from the lesson body; title, question and key-point slides not counted)`);
console.log(`${rows.length} lesson decks, ${totalSlides} slides in all.`);
for (const m of modules) console.log(`module ${m}: ${parse(readFileSync(join(dist, 'present', m, 'index.html'), 'utf8')).querySelectorAll('section.slide').length} slides`);
