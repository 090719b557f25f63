import { describe, expect, it } from 'vitest';
import { checkPracticeComponent } from '../../src/content-layer/check-practice';
import type { PracticeFile, PracticeReader } from '../../src/content-layer/practice-data';
import { formatProblems } from '../../src/content-layer/problem';
import { parseLessonSource } from '../../src/content-layer/read-content';
import type { MdastNode } from 'satteri';
import { inboxExamples } from '../../src/islands/practice-inbox/examples';
import { formExamples } from '../../src/islands/practice-form/examples';

const LESSON = 'content/lessons/staying-safe/02-spot-a-scam.mdx';

/** A reader over files held in memory: a value, or a string starting "YAML:" for a YAML error. */
function fakeReader(files: Record<string, unknown>): PracticeReader {
	return {
		read(name): PracticeFile {
			const file = `content/practice/${name}.yaml`;
			if (!(name in files)) return { file, exists: false };
			const data = files[name];
			return typeof data === 'string' && data.startsWith('YAML:') ? { file, exists: true, yamlError: data.slice(5) } : { file, exists: true, data };
		},
		names: () => Object.keys(files).sort(),
	};
}

/** The problems the content check reports for a lesson body, as an author reads them. */
function check(body: string, files: Record<string, unknown>): string {
	const { lesson } = parseLessonSource(LESSON, `---\nid: x\n---\n\n${body}\n`);
	const problems: ReturnType<typeof checkPracticeComponent> = [];
	const visit = (node: MdastNode) => {
		const line = (node as { position?: { start: { line: number } } }).position?.start.line;
		problems.push(...checkPracticeComponent(LESSON, node, `line ${line}`, fakeReader(files)));
		for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
	};
	visit(lesson!.tree);
	return problems.length ? formatProblems(problems) : 'no problem';
}

const inbox = inboxExamples.minimal;
const withMessage = (change: Record<string, unknown>) => ({ ...inbox, messages: [{ ...inbox.messages[0], ...change }, ...inbox.messages.slice(1)] });

describe('the content check of practice components', () => {
	it('accepts a component whose data file fits its schema', () => {
		expect(check('<PracticeInbox data="spot-the-scam" />', { 'spot-the-scam': inbox })).toBe('no problem');
	});

	it('names the lesson and the line when data is missing, written in braces, or not a name', () => {
		expect(check('<PracticeInbox />', { 'spot-the-scam': inbox })).toBe(`The course content has 1 problem:

${LESSON}
  <PracticeInbox> (line 5): has no data.
  Fix: add data="..." with the name of a file in content/practice/, without ".yaml", as in <PracticeInbox data="spot-the-scam" />.`);
		expect(check('<PracticeForm data={name} />', { 'spot-the-scam': inbox })).toContain(`<PracticeForm> (line 5) data: is written in { }; it must be plain text in quotes.`);
		expect(check('<PracticeInbox data="content/practice/spot-the-scam.yaml" />', {})).toContain(
			`<PracticeInbox> (line 5) data: "content/practice/spot-the-scam.yaml" is not the name of a data file.\n  Fix: write the file name alone, without folder or ".yaml"`,
		);
	});

	it('fails on an unknown data name and lists the files there are', () => {
		expect(check('<PracticeInbox data="spot-the-scams" />', { 'spot-the-scam': inbox, 'sign-up-form': formExamples.everyKind })).toBe(`The course content has 1 problem:

${LESSON}
  <PracticeInbox data="spot-the-scams"> (line 5) data: names no data file: content/practice/spot-the-scams.yaml does not exist.
  Fix: use one of: sign-up-form, spot-the-scam; or create content/practice/spot-the-scams.yaml.`);
	});

	it('fails on a data file that is not valid YAML', () => {
		expect(check('<PracticeInbox data="broken" />', { broken: 'YAML:cannot be read: Nested mappings are not allowed in compact mappings at line 3' })).toBe(`The course content has 1 problem:

${LESSON}
  <PracticeInbox data="broken"> (line 5): content/practice/broken.yaml cannot be read: Nested mappings are not allowed in compact mappings at line 3
  Fix: check indentation and quotes in content/practice/broken.yaml.`);
	});

	it('names the data file and the field for a malformed data file', () => {
		const missingAddress = withMessage({ from: { name: 'Riverside Bank' } });
		expect(check('Intro.\n\n<PracticeInbox data="spot-the-scam" />', { 'spot-the-scam': missingAddress })).toBe(`The course content has 1 problem:

${LESSON}
  <PracticeInbox data="spot-the-scam"> (line 7), content/practice/spot-the-scam.yaml › messages[0].from.address: is missing.
  Fix: add "messages[0].from.address:" to content/practice/spot-the-scam.yaml (see src/islands/practice-inbox/README.md for what it holds).`);
	});

	it('says when a data file was made for another simulation', () => {
		expect(check('<PracticeForm data="spot-the-scam" />', { 'spot-the-scam': inbox })).toBe(`The course content has 1 problem:

${LESSON}
  <PracticeForm data="spot-the-scam"> (line 5), content/practice/spot-the-scam.yaml › (whole file): holds data for <PracticeInbox>, not for <PracticeForm>.
  Fix: use <PracticeInbox data="..." /> with this file, or name a file made for <PracticeForm>.`);
	});

	it('refuses real-looking addresses, which could lead learners to a real site', () => {
		const real = withMessage({ from: { name: 'Bank', address: 'alerts@realbank.com' }, body: ['[Go](https://realbank.com/login)'] });
		const report = check('<PracticeInbox data="spot-the-scam" />', { 'spot-the-scam': real });
		expect(report).toContain(
			`messages[0].from.address: "alerts@realbank.com" is not an example address: use a made-up address ending in ".example" (such as "www.riverside-bank.example"), so it can never lead to a real site.`,
		);
		expect(report).toContain(`messages[0].body[0]: the link "Go" goes to "https://realbank.com/login": "https://realbank.com/login" is not an example address`);
	});
});
