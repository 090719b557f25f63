import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/content-layer/load-content';
import { loadPracticeData } from '../../src/content-layer/practice-data';

// A throw-away project: the course's own course.yaml and coverage.yaml, one lesson that uses
// three practice components, and practice data files good and bad.
const root = mkdtempSync(join(tmpdir(), 'cds-practice-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content', 'lessons', 'staying-safe'), { recursive: true });
mkdirSync(join(root, 'content', 'practice'));
for (const file of ['course.yaml', 'coverage.yaml']) copyFileSync(join('content', file), join(root, 'content', file));
copyFileSync(join('content', 'practice', 'spot-the-scam.yaml'), join(root, 'content', 'practice', 'spot-the-scam.yaml'));
writeFileSync(join(root, 'content', 'practice', 'broken-form.yaml'), 'title: A form\nfields:\n  - id: name\n    type: text\n    label: Name\n');

const frontmatter = `---
id: practice-lesson
title: Practise spotting scams
summary: A lesson that embeds the three practice simulations.
module: staying-safe
order: 1
minutes: 20
questions: [How do I spot a scam?]
objectives: [Spot a scam, Fill in a form]
keyPoints: [Check the sender., Check the link., Take your time.]
covers: [SAFE-1]
reviewed: 2026-11-22
---
`;
writeFileSync(
	join(root, 'content', 'lessons', 'staying-safe', '01-practice.mdx'),
	`${frontmatter}\nSome text.\n\n<PracticeInbox data="spot-the-scam" />\n\n<PracticeBrowser data="browser-basic" />\n\n<PracticeForm data="broken-form" />\n`,
);
const LESSON = 'content/lessons/staying-safe/01-practice.mdx';

describe('loading the content of a project with practice components', () => {
	const { problems } = loadContent(root);

	it('fails on an unknown data name, naming the lesson and the component', () => {
		expect(problems).toContainEqual(
			expect.objectContaining({ file: LESSON, field: expect.stringMatching(/^<PracticeBrowser data="browser-basic"> \(line \d+\) data$/), problem: 'names no data file: content/practice/browser-basic.yaml does not exist.' }),
		);
	});

	// Checks across fields (such as "a required field needs its error") come once the shape is right.
	it('fails on a malformed data file, naming the lesson, the data file and each field', () => {
		const fields = problems.filter((p) => p.file === LESSON && p.field.startsWith('<PracticeForm')).map((p) => p.field.replace(/\(line \d+\)/, '(line N)'));
		expect(fields).toEqual([
			'<PracticeForm data="broken-form"> (line N), content/practice/broken-form.yaml › intro',
			'<PracticeForm data="broken-form"> (line N), content/practice/broken-form.yaml › heading',
			'<PracticeForm data="broken-form"> (line N), content/practice/broken-form.yaml › submit',
			'<PracticeForm data="broken-form"> (line N), content/practice/broken-form.yaml › success',
		]);
	});

	it('accepts a valid one, and a component can then load its data', () => {
		expect(problems.filter((p) => !p.field.startsWith('<PracticeBrowser') && !p.field.startsWith('<PracticeForm'))).toEqual([]);
		expect(loadPracticeData('PracticeInbox', 'spot-the-scam').messages.length).toBeGreaterThanOrEqual(6);
	});
});
