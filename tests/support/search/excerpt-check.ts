import { ELLIPSIS, EXCERPT_CHARS } from '../../../src/search/excerpt-cut';

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * What is wrong with an excerpt shown for a lesson, given the texts it is cut from (the lesson's
 * indexed text): not found in them, a first or last word cut in half, a cut inside a sentence
 * with no ellipsis to show it, or too long.
 */
export function excerptProblems(excerpt: string, sources: string[]): string[] {
	const shown = tidy(excerpt);
	const cutBefore = shown.startsWith(ELLIPSIS);
	const cutAfter = shown.endsWith(ELLIPSIS);
	const core = shown.slice(cutBefore ? 1 : 0, cutAfter ? -1 : undefined).trim();
	if (!core) return [`empty excerpt "${shown}"`];
	const problems: string[] = [];
	if (core.length > EXCERPT_CHARS) problems.push(`longer than ${EXCERPT_CHARS} characters: "${shown}"`);
	// Each place the excerpt is in the lesson's text; it must sit between whole words in one of them.
	const places = sources.map(tidy).flatMap((text) => {
		const found: { before: string; after: string }[] = [];
		for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) found.push({ before: text.slice(0, at), after: text.slice(at + core.length) });
		return found;
	});
	if (places.length === 0) return [...problems, `not in the lesson's text: "${shown}"`];
	// A word ends at a space or at punctuation (a cut drops a trailing comma); it starts after a space or an opening quote or bracket.
	const whole = places.filter((p) => /(^|[\s(“‘"'])$/.test(p.before) && /^([\s,;:.!?)”’"'–-]|$)/.test(p.after));
	if (whole.length === 0) return [...problems, `cuts a word in half: "${shown}"`];
	if (!cutBefore && !whole.some((p) => !p.before.trim() || SENTENCE_END.test(p.before.trim()))) problems.push(`starts mid-sentence with no ellipsis: "${shown}"`);
	if (!cutAfter && !SENTENCE_END.test(core) && !whole.some((p) => !p.after.trim())) problems.push(`ends mid-sentence with no ellipsis: "${shown}"`);
	return problems;
}
