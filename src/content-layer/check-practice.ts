import type { MdastNode } from 'satteri';
import type { ContentProblem } from './problem';
import { isPracticeComponent, validatePracticeFile, type PracticeReader } from './practice-data';

type JsxAttribute = { type: string; name?: string; value?: unknown };

const DATA_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks one practice component (<PracticeInbox>, <PracticeBrowser>, <PracticeForm>, <PracticeMouse>, <PracticeKeys>) of a lesson: it must name a
 * data file with `data="..."`, and that file must exist, read as YAML and fit the schema.
 * Every problem is reported against the lesson file, naming the component, its line, the data
 * file and the field.
 */
export function checkPracticeComponent(file: string, node: MdastNode, line: string, reader: PracticeReader): ContentProblem[] {
	const name = (node as { name?: string | null }).name ?? '';
	if (!isPracticeComponent(name)) return [];
	const attributes = ((node as { attributes?: JsxAttribute[] }).attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute');
	const value = attributes.find((a) => a.name === 'data')?.value;
	const at = `<${name}> (${line})`;
	const example = reader.names()[0] ?? 'spot-the-scam';
	if (value === undefined || value === null) {
		return [{ file, field: at, problem: 'has no data.', fix: `add data="..." with the name of a file in content/practice/, without ".yaml", as in <${name} data="${example}" />.` }];
	}
	if (typeof value !== 'string') {
		return [{ file, field: `${at} data`, problem: 'is written in { }; it must be plain text in quotes.', fix: `write data="${example}", the name of a file in content/practice/.` }];
	}
	if (!DATA_NAME.test(value)) {
		return [{ file, field: `${at} data`, problem: `"${value}" is not the name of a data file.`, fix: 'write the file name alone, without folder or ".yaml", in lower-case words joined by hyphens, as in data="spot-the-scam".' }];
	}
	const at2 = `<${name} data="${value}"> (${line})`;
	const read = reader.read(value);
	if (!read.exists) {
		const names = reader.names();
		return [{ file, field: `${at2} data`, problem: `names no data file: ${read.file} does not exist.`, fix: names.length ? `use one of: ${names.join(', ')}; or create ${read.file}.` : `create ${read.file}.` }];
	}
	if (read.yamlError) {
		return [{ file, field: at2, problem: `${read.file} ${read.yamlError}`, fix: `check indentation and quotes in ${read.file}.` }];
	}
	return validatePracticeFile(name, read).problems.map((p) => ({
		file,
		field: `${at2}, ${read.file} › ${p.field === 'frontmatter' || p.field === 'file' ? '(whole file)' : p.field}`,
		problem: p.problem,
		fix: p.fix,
	}));
}
