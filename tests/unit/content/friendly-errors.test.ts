import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestKey } from '../../../src/content-layer/friendly-errors';
import { loadContent } from '../../../src/content-layer/load-content';
import { practiceReader, validatePracticeFile } from '../../../src/content-layer/practice-data';
import { formatProblems } from '../../../src/content-layer/problem';
import { siteSettings } from '../../../src/lib/site-settings';
import { loadSynonyms } from '../../../src/search/synonyms-file';

// Every kind of content file with a misspelt key fails with a message naming the file and the key,
// and suggesting the key the author meant. The messages are pinned: they are what authors read.

const course = `title: Tiny course
tagline: A course of one lesson.
siteUrl: https://skills.example.org/
audiences:
  - id: everyone
    title: Everyone
    description: Everyone who takes the course.
    modules: [staying-safe]
modules:
  - id: staying-safe
    title: Staying safe
    summary: Staying safe online.
    audience: Everyone
    icon: shield.svg
    outcomes: [Stay safe]
`;
const coverage = `groups:
  - id: SAFE
    title: Staying safe
    digComp: ["4.1"]
    skills:
      - id: SAFE-1
        text: Strong passwords.
`;
const question = (id: string) => `  - id: ${id}
    kind: true-false
    prompt: A bank never asks for your PIN by text.
    choices:
      - text: "True"
        correct: true
      - text: "False"
        explanation: Banks never ask for it.
`;
const lesson = `---
id: passwords
title: Make strong passwords
summary: Make passwords that are hard to guess.
module: staying-safe
order: 1
minutes: 20
questions: [What is a strong password?]
objectives: [Create a passphrase, Spot a weak password]
keyPoints: [Long wins., One per account., Use a manager.]
covers: [SAFE-1]
reviewed: 2026-11-22
quiz:
${question('pin')}${question('pin-again')}${question('pin-once-more')}---

Hello.
`;
const LESSON = 'content/lessons/staying-safe/01-passwords.mdx';

/** A small, valid course in a temporary folder, with some files changed by `edit`. */
function tinyCourse(edit: Record<string, (text: string) => string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'friendly-errors-'));
	const files: Record<string, string> = {
		'content/course.yaml': course,
		'content/coverage.yaml': coverage,
		[LESSON]: lesson,
		'content/guides/staying-safe.yaml': readFileSync('content/guides/staying-safe.yaml', 'utf8'),
		'content/practice/mouse-moves.yaml': readFileSync('content/practice/mouse-moves.yaml', 'utf8'),
		'content/search-synonyms.yaml': 'groups:\n  - [scam, fraud]\n',
	};
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), (edit[file] ?? ((t: string) => t))(text));
	}
	cpSync('public/images/icons', join(root, 'public/images/icons'), { recursive: true });
	return root;
}

/** What the build prints when the content layer finds problems. */
const buildMessage = (root: string) => {
	const { problems } = loadContent(root);
	return problems.length ? formatProblems(problems) : 'no problems';
};

describe('a misspelt key fails with the file, the key and the key meant', () => {
	it('the tiny course itself is valid', () => {
		expect(buildMessage(tinyCourse())).toBe('no problems');
	});

	it('in a lesson\'s frontmatter', () => {
		const root = tinyCourse({ [LESSON]: (t) => t.replace('quiz:', 'quizz:') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/staying-safe/01-passwords.mdx
			  quizz: is not a known field.
			  Fix: did you mean "quiz"? Correct the spelling, or remove the field."
		`);
	});

	it('in a quiz question', () => {
		const root = tinyCourse({ [LESSON]: (t) => t.replace('    prompt: A bank', '    promt: A bank') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/staying-safe/01-passwords.mdx
			  quiz[0] "pin", promt: is not a known field.
			  Fix: did you mean "prompt"? Correct the spelling, or remove the field."
		`);
	});

	it('in content/course.yaml', () => {
		const root = tinyCourse({ 'content/course.yaml': (t) => t.replace('siteUrl:', 'siteURL:') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/course.yaml
			  siteURL: is not a known field.
			  Fix: did you mean "siteUrl"? Correct the spelling, or remove the field."
		`);
	});

	it('in a module of content/course.yaml', () => {
		const root = tinyCourse({ 'content/course.yaml': (t) => t.replace('    outcomes:', '    outcome:') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/course.yaml
			  modules[0].outcome: is not a known field.
			  Fix: did you mean "outcomes"? Correct the spelling, or remove the field."
		`);
	});

	it('in content/coverage.yaml', () => {
		const root = tinyCourse({ 'content/coverage.yaml': (t) => t.replace('digComp:', 'digcomp:') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/coverage.yaml
			  groups[0].digcomp: is not a known field.
			  Fix: did you mean "digComp"? Correct the spelling, or remove the field."
		`);
	});

	it('in a guide', () => {
		const root = tinyCourse({ 'content/guides/staying-safe.yaml': (t) => t.replace(/^roomSetup:/m, 'roomSet-up:') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/guides/staying-safe.yaml
			  roomSet-up: is not a known field.
			  Fix: did you mean "roomSetup"? Correct the spelling, or remove the field."
		`);
	});

	it('in content/search-synonyms.yaml', () => {
		const root = tinyCourse({ 'content/search-synonyms.yaml': (t) => t.replace('groups:', 'group:') });
		expect(formatProblems(loadSynonyms(root).problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/search-synonyms.yaml
			  group: is not a known field.
			  Fix: did you mean "groups"? Correct the spelling, or remove the field."
		`);
	});

	it('in a practice data file', () => {
		const root = tinyCourse({ 'content/practice/mouse-moves.yaml': (t) => t.replace('    instruction: Click the big', '    instructions: Click the big') });
		const { problems } = validatePracticeFile('PracticeMouse', practiceReader(root).read('mouse-moves'));
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/practice/mouse-moves.yaml
			  tasks[0].instructions: is not a known field.
			  Fix: did you mean "instruction"? Correct the spelling, or remove the field."
		`);
	});

	it('an unknown key with no close match lists the known ones', () => {
		const root = tinyCourse({ 'content/coverage.yaml': (t) => `${t}colour: blue\n` });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/coverage.yaml
			  colour: is not a known field.
			  Fix: remove it, or use one of the known fields: groups."
		`);
	});
});

describe('a siteUrl without a scheme', () => {
	const root = tinyCourse({ 'content/course.yaml': (t) => t.replace('https://skills.example.org/', 'example.org') });

	it('fails with the friendly message, not "TypeError: Invalid URL"', () => {
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/course.yaml
			  siteUrl: "example.org" is not a full web address.
			  Fix: write it with "https://" at the start, such as "https://skills.your-library.org/"."
		`);
	});

	it('does not stop the site settings read before the build (the content check reports it)', () => {
		expect(siteSettings(root)).toEqual({ base: '/' });
	});
});

describe('the quiz length rule', () => {
	it('is the schema\'s: a quiz of two questions fails the build', () => {
		const root = tinyCourse({ [LESSON]: (t) => t.replace(question('pin-once-more'), '') });
		expect(buildMessage(root)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/staying-safe/01-passwords.mdx
			  quiz: needs at least 3 item(s).
			  Fix: add items to "quiz" until there are at least 3."
		`);
	});
});

describe('closestKey', () => {
	it('finds a key one or two letters off, or in another case', () => {
		expect(closestKey('quizz', ['quiz', 'questions'])).toBe('quiz');
		expect(closestKey('siteURL', ['title', 'siteUrl'])).toBe('siteUrl');
		expect(closestKey('keypoints', ['keyPoints', 'covers'])).toBe('keyPoints');
	});
	it('suggests nothing when no key is close', () => {
		expect(closestKey('colour', ['groups'])).toBeUndefined();
		expect(closestKey('x', [])).toBeUndefined();
	});
});
