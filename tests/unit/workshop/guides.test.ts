import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuides, checkReservedSlugs } from '../../../src/content-layer/check-workshop';
import { loadContent } from '../../../src/content-layer/load-content';
import type { Course } from '../../../src/schemas/course';

const course = { modules: [{ id: 'staying-safe' }] } as Course;

function contentWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'guides-'));
	mkdirSync(join(root, 'content', 'guides'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', 'guides', name), text);
	return root;
}

describe('facilitator guide files', () => {
	it('the course\'s own guides are valid, one for every module', () => {
		const loaded = loadContent();
		expect(loaded.problems).toEqual([]);
		expect(Object.keys(loaded.guides).sort()).toEqual(loaded.course!.modules.map((m) => m.id).sort());
	});
	it('explains a missing field, a wrong type and an unknown field', () => {
		const root = contentWith({ 'staying-safe.yaml': 'forWho: Everyone who uses the internet.\nmaterials: Projector\ncolour: blue\n' });
		const { problems } = checkGuides(join(root, 'content'), root, course);
		const messages = problems.map((p) => `${p.field}: ${p.problem} Fix: ${p.fix}`);
		expect(messages).toContain('groupSize: is missing. Fix: add "groupSize:" to content/guides/staying-safe.yaml (see docs/workshop.md for what it holds).');
		expect(messages).toContain('materials: should be a list, but it is "Projector". Fix: write it as a list, one "- item" a line.');
		expect(messages).toContain('colour: is not a known field. Fix: remove it, or use one of the known fields: forWho, groupSize, materials, before, roomSetup, opening, closing, sessionMinutes, breakEvery, breakMinutes, discussion, learnerQuestions, neverUsedMouse, otherAdaptations.');
		expect(problems.every((p) => p.file === 'content/guides/staying-safe.yaml')).toBe(true);
	});
	it('names a guide file that matches no module', () => {
		const root = contentWith({ 'stayng-safe.yaml': 'forWho: x\n' });
		expect(checkGuides(join(root, 'content'), root, course).problems).toEqual([
			{ file: 'content/guides/stayng-safe.yaml', field: 'file name', problem: '"stayng-safe" is not a module of the course.', fix: 'name the file after a module id: staying-safe.yaml.' },
		]);
	});
	it('refuses lesson file names that would take a workshop page\'s address', () => {
		expect(checkReservedSlugs([{ file: 'content/lessons/a/03-notes.mdx', slug: 'notes' }, { file: 'content/lessons/a/04-ok.mdx', slug: 'ok' }])).toEqual([
			{
				file: 'content/lessons/a/03-notes.mdx',
				field: 'file name',
				problem: 'gives the lesson the address part "notes", which the workshop pages use.',
				fix: 'rename the file, for example to "NN-notes-lesson.mdx" (the lesson id stays the same).',
			},
		]);
	});
});
