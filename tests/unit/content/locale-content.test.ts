import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearContentFiles } from '../../../src/content-layer/content-files';
import { loadContent } from '../../../src/content-layer/load-content';

/** A project whose content is the course's (linked) with the French test fixture as content/fr/ (a copy, to edit). */
function project(withFrench = true): string {
	const root = mkdtempSync(join(tmpdir(), 'locale-content-'));
	mkdirSync(join(root, 'content'));
	for (const name of readdirSync('content')) if (name !== 'fr') symlinkSync(resolve('content', name), join(root, 'content', name));
	symlinkSync(resolve('public'), join(root, 'public'));
	if (withFrench) cpSync('tests/fixtures/french-edition', join(root, 'content/fr'), { recursive: true });
	return root;
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));
const frenchLesson = (root: string) => join(root, 'content/fr/lessons/staying-safe/01-strong-passwords.mdx');

beforeEach(() => clearContentFiles());

describe('French content (content/fr/)', () => {
	it('is optional: no folder, no French, no problem', () => {
		const loaded = loadContent(project(false));
		expect(loaded.problems).toEqual([]);
		expect(loaded.translations.fr?.lessons).toEqual([]);
	});

	it('reads adapted lessons, the course text and keeps the English ids', () => {
		const loaded = loadContent(project());
		expect(loaded.problems).toEqual([]);
		const fr = loaded.translations.fr!;
		expect(fr.lessons.map((l) => l.data.id).sort()).toEqual(['strong-passwords', 'use-a-mouse']);
		expect(fr.lessons.find((l) => l.data.id === 'strong-passwords')?.data.title).toBe('Créer des mots de passe solides');
		expect(fr.courseText?.modules?.find((m) => m.id === 'getting-started')?.title).toBe('Premiers pas en ligne');
	});

	it('names the file and key when a French lesson does not match its English lesson', () => {
		const root = project();
		edit(frenchLesson(root), (t) => t.replace('order: 1', 'order: 2').replace('covers: [SAFE-1]\nreviewed', 'covers: [SAFE-2]\nreviewed'));
		const problems = loadContent(root).problems;
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/lessons/staying-safe/01-strong-passwords.mdx', field: 'order', problem: expect.stringContaining('content/lessons/staying-safe/01-strong-passwords.mdx') }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/lessons/staying-safe/01-strong-passwords.mdx', field: 'covers' }));
	});

	it('requires sourceRevision, and a French file named as an English lesson', () => {
		const root = project();
		edit(frenchLesson(root), (t) => t.replace(/sourceRevision: .*\n/, ''));
		cpSync(join(root, 'content/fr/lessons/getting-started/01-use-a-mouse.mdx'), join(root, 'content/fr/lessons/getting-started/99-no-such-lesson.mdx'));
		const problems = loadContent(root).problems;
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/lessons/staying-safe/01-strong-passwords.mdx', field: expect.stringContaining('sourceRevision') }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/lessons/getting-started/99-no-such-lesson.mdx', field: 'file name' }));
	});

	it('rejects course entries, guides and practice files English does not have', () => {
		const root = project();
		edit(join(root, 'content/fr/course.yaml'), (t) => `${t}  - id: no-such-module\n    title: Nulle part\n`);
		mkdirSync(join(root, 'content/fr/guides'), { recursive: true });
		writeFileSync(join(root, 'content/fr/guides/no-such-module.yaml'), 'opening: { minutes: 5, what: Bonjour à tous et bienvenue. }\n');
		mkdirSync(join(root, 'content/fr/practice'), { recursive: true });
		writeFileSync(join(root, 'content/fr/practice/no-such-data.yaml'), 'title: x\n');
		const problems = loadContent(root).problems;
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/course.yaml', field: 'modules[3].id' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/guides/no-such-module.yaml', field: 'file name' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/fr/practice/no-such-data.yaml', field: 'file name' }));
		rmSync(root, { recursive: true, force: true });
	});
});
