/** One thing wrong with the content, said so that an author can fix it. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** Frontmatter field, component or line the problem is in. */
	field: string;
	/** What is wrong, in plain words. */
	problem: string;
	/** How to fix it. */
	fix: string;
}

export function formatProblem(p: ContentProblem): string {
	return `${p.file}\n  ${p.field}: ${p.problem}\n  Fix: ${p.fix}`;
}

export function formatProblems(problems: ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The course content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}`;
}

/** Thrown by the build when content is malformed; its message lists every problem. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}
