/**
 * How search reads text, shared by the build (index) and the browser (queries), so both sides
 * cut words the same way: lower case, accents removed ("résumé" -> "resume"), and words written
 * with a hyphen or an apostrophe joined ("wi-fi" -> "wifi", "don't" -> "dont").
 */

const JOINERS = /([\p{L}\p{N}])['’‐-](?=[\p{L}\p{N}])/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case without accents: the form every word is compared in. */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a query, in order: "Wi-Fi at the café?" -> ["wifi", "at", "the", "cafe"]. */
export function queryWords(text: string): string[] {
	return foldText(text).replace(JOINERS, '$1').split(SEPARATORS).filter(Boolean);
}

/** Words the speller learns from the lessons: shorter ones and those with digits are left out. */
export function isVocabularyWord(word: string): boolean {
	return word.length >= 4 && !/\d/.test(word);
}

/**
 * The words of indexed text. A joined word keeps its parts too ("two-step" -> "twostep two step"),
 * so a learner finds it whichever way they write it.
 */
export function indexWords(text: string): string[] {
	const out: string[] = [];
	for (const token of foldText(text).split(/[^\p{L}\p{N}'’‐-]+/u)) {
		const joined = token.replace(JOINERS, '$1').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (!joined) continue;
		const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		out.push(joined);
		if (parts.length > 1) out.push(...parts);
	}
	return out;
}

/**
 * Words that carry no meaning in a query ("how do I ..."): lunr's English list, which its index
 * leaves out, so both engines are asked about the same words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does ' +
		'either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like ' +
		'likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some ' +
		'than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why ' +
		'will with would yet you your'
	).split(' '),
);
