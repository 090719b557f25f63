import { describe, expect, it } from 'vitest';
import { parseLessonSource } from '../../src/content-layer/read-content';

describe('a frontmatter that is not valid YAML', () => {
	it('names the line of the file (not of the frontmatter), and the message ends cleanly', () => {
		const source = ['---', 'id: spot-a-scam', 'title: Spot a scam', 'summary: "unclosed', 'module: staying-safe', '---', '', 'Body.'].join('\n');
		const { problem } = parseLessonSource('content/lessons/staying-safe/03-spot-a-scam.mdx', source);
		expect(problem?.field).toBe('frontmatter');
		expect(problem?.problem).toMatch(/line [4-6]\b/);
		expect(problem?.problem).not.toMatch(/:\s*$/);
		const badIndent = ['---', 'id: x', 'title: T', 'objectives:', '  - one', ' - two', '---', ''].join('\n');
		const second = parseLessonSource('content/lessons/m/01-x.mdx', badIndent).problem;
		expect(second?.problem).toMatch(/line 6\b/);
		expect(second?.problem).not.toMatch(/:\s*$/);
	});
});
