import { describe, expect, it } from 'vitest';
import { checkContent, type CheckContext } from '../../src/content-layer/check-content';
import { parseLessonSource, type LessonSource } from '../../src/content-layer/read-content';
import { formatProblems } from '../../src/content-layer/problem';
import { courseSchema } from '../../src/schemas/course';

const course = courseSchema.parse({
	title: 'Test course',
	tagline: 'A course for tests.',
	audiences: [{ id: 'everyone', title: 'Everyone', description: 'Everyone who takes the course.', modules: ['safety'] }],
	modules: [{ id: 'safety', title: 'Safety', summary: 'Staying safe online.', audience: 'Everyone', outcomes: ['Stay safe'], icon: 'shield.svg' }],
});

const ctx: CheckContext = {
	course,
	coverageIds: new Set(['SAFE-1', 'SAFE-3']),
	componentNames: new Set(['Figure', 'Term', 'TrainerNote']),
	staticPages: ['/', '/glossary/'],
	publicFileExists: (path) => path === '/images/ok.svg',
};

function frontmatter(overrides: Record<string, string> = {}): string {
	const fields: Record<string, string> = {
		id: 'strong-passwords',
		title: 'Make strong passwords',
		summary: 'Make passwords that are hard to guess.',
		module: 'safety',
		order: '1',
		minutes: '20',
		questions: '["What is a strong password?"]',
		objectives: '["Create a passphrase", "Spot a weak password"]',
		keyPoints: '["Long wins.", "One per account.", "Use a manager."]',
		covers: '[SAFE-1]',
		reviewed: '2026-11-22',
		...overrides,
	};
	return Object.entries(fields)
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
}

function lesson(file: string, fm: string, body = 'Hello.'): LessonSource {
	const { lesson, problem } = parseLessonSource(file, `---\n${fm}\n---\n\n${body}\n`);
	if (!lesson) throw new Error(problem?.problem);
	return lesson;
}

const A = 'content/lessons/safety/01-strong-passwords.mdx';
const B = 'content/lessons/safety/02-spot-a-scam.mdx';

describe('content checks: one clear message per problem, naming file, field and fix', () => {
	it('accepts a well-formed lesson', () => {
		const result = checkContent([lesson(A, frontmatter(), 'See [the glossary](/glossary/) and ![A shield](/images/ok.svg).')], ctx);
		expect(result.problems).toEqual([]);
		expect(result.lessons).toHaveLength(1);
	});

	it('reports a missing required field', () => {
		const { problems } = checkContent([lesson(A, frontmatter({ minutes: '' }))], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/01-strong-passwords.mdx
			  minutes: is missing.
			  Fix: add "minutes:" to the frontmatter (see docs/authoring.md for what it holds)."
		`);
	});

	it('reports a field of the wrong kind', () => {
		const { problems } = checkContent([lesson(A, frontmatter({ minutes: 'twenty' }))], ctx);
		expect(problems[0]).toEqual({
			file: A,
			field: 'minutes',
			problem: 'should be a number, but it is "twenty".',
			fix: 'write a number here.',
		});
	});

	it('reports an unknown module', () => {
		const { problems } = checkContent([lesson(A, frontmatter({ module: 'cooking' }))], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/01-strong-passwords.mdx
			  module: "cooking" is not a module of the course.
			  Fix: use one of: safety (modules are listed in content/course.yaml)."
		`);
	});

	it('reports a duplicate id', () => {
		const { problems } = checkContent([lesson(A, frontmatter()), lesson(B, frontmatter({ order: '2' }))], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/02-spot-a-scam.mdx
			  id: "strong-passwords" is already the id of content/lessons/safety/01-strong-passwords.mdx.
			  Fix: give each lesson its own id; keep the old one on the lesson learners already know."
		`);
	});

	it('reports two lessons with the same order in a module', () => {
		const { problems } = checkContent([lesson(A, frontmatter()), lesson(B, frontmatter({ id: 'spot-a-scam' }))], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/02-spot-a-scam.mdx
			  order: 1 is also the order of content/lessons/safety/01-strong-passwords.mdx in module "safety".
			  Fix: give each lesson of a module its own order number."
		`);
	});

	it('reports a broken internal link, with its line', () => {
		const { problems } = checkContent([lesson(A, frontmatter(), 'Read [this](/safety/no-such-lesson/).')], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/01-strong-passwords.mdx
			  line 15: the link "/safety/no-such-lesson/" points to nothing in the course.
			  Fix: check the address: lessons are at /<module>/<name>/, pictures under /images/."
		`);
	});

	it('accepts links to other lessons, by their file-name address', () => {
		const { problems } = checkContent(
			[lesson(A, frontmatter(), 'Next: [scams](/safety/spot-a-scam/#signs).'), lesson(B, frontmatter({ id: 'spot-a-scam', order: '2' }))],
			ctx,
		);
		expect(problems).toEqual([]);
	});

	it('reports a relative link, which breaks under a sub-path', () => {
		const { problems } = checkContent([lesson(A, frontmatter(), 'Read [this](spot-a-scam/).')], ctx);
		expect(problems[0]?.problem).toBe('the link "spot-a-scam/" is a relative address.');
	});

	it('reports a picture without alt text, in Markdown and in <Figure>', () => {
		const { problems } = checkContent([lesson(A, frontmatter(), '![](/images/ok.svg)\n\n<Figure src="/images/ok.svg" caption="A shield." />')], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 2 problems:

			content/lessons/safety/01-strong-passwords.mdx
			  line 15: the picture "/images/ok.svg" has no alt text.
			  Fix: use <Figure src="..." alt="what matters in the picture" caption="..." />.

			content/lessons/safety/01-strong-passwords.mdx
			  <Figure> (line 17): has no alt text.
			  Fix: add alt="..." saying what matters in the picture."
		`);
	});

	it('reports a picture that does not exist', () => {
		const { problems } = checkContent([lesson(A, frontmatter(), '<Figure src="/images/missing.svg" alt="A shield" caption="A shield." />')], ctx);
		expect(problems[0]?.problem).toBe('the picture "/images/missing.svg" points to nothing in the course.');
	});

	it('reports an unknown coverage ID', () => {
		const { problems } = checkContent([lesson(A, frontmatter({ covers: '[SAFE-1, SAFE-99]' }))], ctx);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The course content has 1 problem:

			content/lessons/safety/01-strong-passwords.mdx
			  covers: "SAFE-99" is not a coverage ID.
			  Fix: use IDs listed in content/coverage.yaml, such as "SAFE-1"."
		`);
	});

	it('reports a component lessons cannot use', () => {
		const { problems } = checkContent([lesson(A, frontmatter(), '<Video src="x.mp4" />')], ctx);
		expect(problems[0]).toMatchObject({ field: '<Video> (line 15)', problem: 'is not a component lessons can use.' });
	});

	it('reports a lesson in the wrong module folder', () => {
		const { problems } = checkContent([lesson('content/lessons/other/01-strong-passwords.mdx', frontmatter())], ctx);
		expect(problems[0]).toMatchObject({ field: 'module', problem: 'is "safety" but the file is in the folder "other".' });
	});

	it('reports too few objectives and a badly written id', () => {
		const { problems } = checkContent([lesson(A, frontmatter({ id: 'Strong Passwords', objectives: '["Only one"]' }))], ctx);
		expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
			'id: "Strong Passwords" is not valid: use lower-case letters, digits and hyphens only, for example "strong-passwords".',
			'objectives: needs at least 2 item(s).',
		]);
	});
});

describe('reading lesson files', () => {
	it('reports a file without frontmatter', () => {
		expect(parseLessonSource(A, '# Hello').problem).toEqual({ file: A, field: 'frontmatter', problem: 'is missing.', fix: 'start the file with a --- block (see docs/authoring.md).' });
	});
	it('reports MDX that cannot be read', () => {
		const { problem } = parseLessonSource(A, '---\nid: x\n---\n\n<Callout>never closed\n');
		expect(problem?.field).toBe('MDX');
		expect(problem?.fix).toBe('check that every <Component> is closed and every { has its }.');
	});
});

describe('a rejected lesson', () => {
	it('is reported once: correct links to it from other lessons are not a second problem', () => {
		const rejected = lesson(A, frontmatter({ title: '' }));
		const linking = lesson(B, frontmatter({ id: 'spot-a-scam', title: 'Spot a scam', order: '2' }), 'First [make strong passwords](/safety/strong-passwords/).');
		const { problems } = checkContent([rejected, linking], ctx);
		expect(problems.map((p) => p.file)).toEqual([A]);
	});

	it('when its file cannot even be read, links to it are not a second problem either', () => {
		const linking = lesson(B, frontmatter({ id: 'spot-a-scam', title: 'Spot a scam', order: '2' }), 'First [make strong passwords](/safety/strong-passwords/).');
		expect(checkContent([linking], { ...ctx, rejectedLessonPaths: ['/safety/strong-passwords/'] }).problems).toEqual([]);
	});
});
