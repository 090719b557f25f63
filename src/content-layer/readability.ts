import type { MdastNode } from 'satteri';
import { syllable } from 'syllable';

/** Parts of a lesson learners do not read as running text, left out of word counts and grades. */
const SKIPPED = new Set(['yaml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'heading', 'html']);
const SKIPPED_COMPONENTS = new Set(['TrainerNote']);
const BLOCKS = new Set(['paragraph', 'listItem', 'tableCell', 'blockquote']);

function inlineText(node: MdastNode): string {
	if (SKIPPED.has(node.type)) return node.type === 'inlineCode' ? 'code' : '';
	if ('value' in node && typeof node.value === 'string') return node.value;
	return ((node as { children?: MdastNode[] }).children ?? []).map(inlineText).join('');
}

/**
 * The learner-visible prose of a lesson, one string per block (paragraph, list item...),
 * without trainer notes, code, headings or frontmatter.
 */
export function proseBlocks(tree: MdastNode): string[] {
	const blocks: string[] = [];
	const visit = (node: MdastNode) => {
		if (SKIPPED.has(node.type)) return;
		const name = (node as { name?: string | null }).name;
		if (name && SKIPPED_COMPONENTS.has(name)) return;
		const children = (node as { children?: MdastNode[] }).children ?? [];
		if (node.type === 'paragraph') {
			const text = inlineText(node).replace(/\s+/g, ' ').trim();
			if (text) blocks.push(text);
			return;
		}
		if (node.type === 'mdxJsxTextElement') {
			const text = inlineText(node).trim();
			if (text) blocks.push(text);
			return;
		}
		for (const child of children) visit(child);
	};
	visit(tree);
	return blocks;
}

export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Sentences in a block: split after . ! ? and at the end of the block (list items end a sentence). */
export function splitSentences(block: string): string[] {
	return block
		.split(/(?<=[.!?])["”’)]?\s+(?=[A-Z0-9"“(])/)
		.map((s) => s.trim())
		.filter((s) => countWords(s) > 0);
}

export interface ReadabilityFigures {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch-Kincaid grade level. */
	grade: number;
	/** Average words per sentence. */
	wordsPerSentence: number;
}

/** Flesch-Kincaid grade of some blocks of prose. */
export function readability(blocks: string[]): ReadabilityFigures {
	let words = 0;
	let sentences = 0;
	let syllables = 0;
	for (const block of blocks) {
		for (const sentence of splitSentences(block)) {
			const ws = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
			if (ws.length === 0) continue;
			sentences += 1;
			words += ws.length;
			for (const w of ws) syllables += /^\d/.test(w) ? 1 : Math.max(1, syllable(w));
		}
	}
	if (words === 0) return { words, sentences, syllables, grade: 0, wordsPerSentence: 0 };
	const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
	return { words, sentences, syllables, grade: Math.round(grade * 10) / 10, wordsPerSentence: Math.round((words / sentences) * 10) / 10 };
}

/*
 * French. Syllables are counted as written French splits them, roughly as a reader says them:
 * one per group of vowels, "qu"/"gu" count as a consonant, a final mute e ("mange", "pages") adds
 * none, and é or è before another vowel starts a new one ("vidéo": 3). Hyphenation
 * dictionaries would be closer, but this is within about one in ten on lesson prose, enough to
 * compare lessons and follow a trend.
 */
const FRENCH_VOWELS = 'aeiouyàâäéèêëîïôöûùüœæ';
const FRENCH_VOWEL_GROUP = new RegExp(`[${FRENCH_VOWELS}]+`, 'g');

/** Syllables of one French word, at least 1 (numbers count 1, as in English). */
export function frenchSyllables(word: string): number {
	const w = word
		.toLowerCase()
		.replace(/[’'-]/g, '')
		.replace(/[qg]u(?=[aeiouyéèêëîïô])/g, (m) => m[0]!) // the u of "que", "guide" is not said
		.replace(/([éè])(?=[aeiouyàâéèêîôû])(?!es?$)/g, '$1|'); // "vidéo", "créer": two vowels said apart (not "journée")
	if (/^\d/.test(w)) return 1;
	let count = (w.match(FRENCH_VOWEL_GROUP) ?? []).length;
	// A final mute e (or es), after a consonant, in a word that has another vowel: "mange", "pages".
	if (count > 1 && /[^aeiouyàâäéèêëîïôöûùü|]es?$/.test(w)) count -= 1;
	return Math.max(1, count);
}

/** Sentences of a French block: after . ! ? or … and a space (no-break ones too), before a capital, digit, « or (. */
export function splitFrenchSentences(block: string): string[] {
	return block
		.split(/(?<=[.!?…])["”’»)]?[\s\u00A0\u202F]+(?=[\p{Lu}\p{N}«"“(])/u)
		.map((s) => s.trim())
		.filter((s) => countWords(s) > 0);
}

export interface FrenchReadabilityFigures {
	words: number;
	sentences: number;
	syllables: number;
	/**
	 * Kandel and Moles' French adaptation of the Flesch reading ease:
	 * 207 - 1.015 x words a sentence - 73.6 x syllables a word. Higher is easier: 70-80 is plain
	 * ("assez facile"), 80-90 easy; the English lessons' grade 9 at most is about 60 or more.
	 */
	ease: number;
	/** Average words per sentence. */
	wordsPerSentence: number;
}

/** Kandel-Moles reading ease of some blocks of French prose. */
export function frenchReadability(blocks: string[]): FrenchReadabilityFigures {
	let words = 0;
	let sentences = 0;
	let syllables = 0;
	for (const block of blocks) {
		for (const sentence of splitFrenchSentences(block)) {
			const ws = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
			if (ws.length === 0) continue;
			sentences += 1;
			words += ws.length;
			for (const w of ws) syllables += frenchSyllables(w);
		}
	}
	if (words === 0) return { words, sentences, syllables, ease: 0, wordsPerSentence: 0 };
	const ease = 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words);
	return { words, sentences, syllables, ease: Math.round(ease * 10) / 10, wordsPerSentence: Math.round((words / sentences) * 10) / 10 };
}
