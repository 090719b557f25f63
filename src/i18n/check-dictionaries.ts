import { z } from 'astro/zod';
import { checkWithSchema } from '../content-layer/friendly-errors';
import type { ContentProblem } from '../content-layer/problem';
import { enParts } from './en/index';
import { frParts } from './fr/index';

/** A dictionary as its files: file name (without .ts) -> key -> words. */
export type DictionaryParts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Every language besides English, with its name in the messages and its folder. */
export const OTHER_LANGUAGES: readonly { name: string; folder: string; parts: DictionaryParts }[] = [{ name: 'French', folder: 'src/i18n/fr', parts: frParts }];

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!))].sort();

/**
 * The schema of one dictionary file: exactly the keys of the English file, each with words, and
 * the same `{name}` placeholders as the English (a dropped `{title}` would lose the title silently).
 */
function partSchema(english: Readonly<Record<string, string>>) {
	return z.strictObject(
		Object.fromEntries(
			Object.entries(english).map(([key, words]) => {
				const wanted = placeholders(words);
				return [
					key,
					z
						.string()
						.min(1)
						.refine((value) => placeholders(value).join() === wanted.join(), {
							message: `should use the placeholders of the English, ${wanted.length ? wanted.map((p) => `{${p}}`).join(', ') : 'none'}`,
						}),
				];
			}),
		),
	);
}

/**
 * Checks a language's dictionary against the English one, file by file, through the course's
 * friendly errors: a missing key is named, with the file to add it to and the English words.
 */
export function dictionaryProblems(language: { name: string; folder: string; parts: DictionaryParts }, english: DictionaryParts = enParts): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [part, strings] of Object.entries(english)) {
		const file = `${language.folder}/${part}.ts`;
		const translated = language.parts[part];
		if (!translated) {
			problems.push({
				file,
				field: 'file',
				problem: `is missing: the ${language.name} interface strings have no "${part}" file.`,
				fix: `copy src/i18n/en/${part}.ts there, put ${language.name} words in it, and add it to ${language.folder}/index.ts.`,
			});
			continue;
		}
		const { problems: found } = checkWithSchema(partSchema(strings), translated, { file });
		for (const p of found) {
			const key = p.field.replace(/^"|"$/g, '');
			if (p.problem === 'is missing.') {
				problems.push({
					file,
					field: `key \`${key}\``,
					problem: `is missing in the ${language.name} interface strings.`,
					fix: `add '${key}': '…' to ${file}, in ${language.name} (the English says "${strings[key]}").`,
				});
			} else if (p.problem === 'is not a known field.') {
				problems.push({ ...p, field: `key \`${key}\``, problem: `is not a key of the English interface strings (src/i18n/en/${part}.ts).` });
			} else problems.push({ ...p, field: `key \`${key}\`` });
		}
	}
	for (const part of Object.keys(language.parts)) {
		if (!(part in english)) {
			problems.push({ file: `${language.folder}/${part}.ts`, field: 'file', problem: 'has no English file to match.', fix: `remove it, or add src/i18n/en/${part}.ts with the same keys.` });
		}
	}
	return problems;
}

/** Problems of every language's dictionary: the build stops on any. */
export function allDictionaryProblems(): ContentProblem[] {
	return OTHER_LANGUAGES.flatMap((language) => dictionaryProblems(language));
}
