import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot, readYamlFile } from '../content-layer/read-content';
import { checkWithSchema } from '../content-layer/friendly-errors';
import type { ContentProblem } from '../content-layer/problem';
import { searchSynonymsSchema, type SearchSynonyms } from '../schemas/search-synonyms';
import { queryWords } from './words';

/**
 * Reads and checks a language's synonyms: content/search-synonyms.yaml for English,
 * content/<code>/search-synonyms.yaml for another (content/fr/...). A missing file means no
 * synonyms; a broken one gives problems an author can act on, never an exception.
 */
export function loadSynonyms(projectRoot: string = process.cwd(), code = 'en'): { synonyms: SearchSynonyms; problems: ContentProblem[] } {
	const path = join(contentRoot(projectRoot), ...(code === 'en' ? [] : [code]), 'search-synonyms.yaml');
	const empty: SearchSynonyms = { groups: [] };
	if (!existsSync(path)) return { synonyms: empty, problems: [] };
	const file = relative(projectRoot, path);
	const read = readYamlFile(path, projectRoot);
	if (read.problem) return { synonyms: empty, problems: [read.problem] };
	const { data, problems } = checkWithSchema(searchSynonymsSchema, read.data, { file, docs: 'docs/authoring.md' });
	if (!data) return { synonyms: empty, problems };
	return { synonyms: data, problems: duplicateProblems(file, data) };
}

/** A word in two groups would silently merge them: say so instead. */
function duplicateProblems(file: string, synonyms: SearchSynonyms): ContentProblem[] {
	const seen = new Map<string, number>();
	const problems: ContentProblem[] = [];
	synonyms.groups.forEach((group, i) => {
		for (const entry of group) {
			const key = queryWords(entry).join(' ');
			const first = seen.get(key);
			if (first === undefined) seen.set(key, i);
			else if (first !== i) {
				problems.push({ file, field: `groups[${i}]`, problem: `"${entry}" is already in group ${first + 1}.`, fix: 'keep each word in one group only, or merge the two groups.' });
			}
		}
	});
	return problems;
}
