/**
 * Corrects a mistyped word to a word the lessons use ("pasword" -> "password"), so that both
 * engines find it. Only words of 5 letters or more are corrected, never the first letter (people
 * rarely get it wrong), and only by one change (two for words of 9 letters or more).
 */
export interface Speller {
	/** The lessons use this word, or another form of it ("scams" for "scam"). */
	knows(word: string): boolean;
	/**
	 * The word itself when the lessons know it (or it is too short to judge), else the closest
	 * known word. A `partial` word (still being typed) is kept when a known word starts with it.
	 */
	correct(word: string, partial?: boolean): string;
}

/** `vocabulary`: words of the lessons, most frequent first. `stem` recognises other forms of known words. */
export function createSpeller(vocabulary: readonly string[], stem: (word: string) => string = (w) => w): Speller {
	const known = new Set(vocabulary);
	const knownStems = new Set(vocabulary.map(stem));
	const knows = (word: string) => known.has(word) || knownStems.has(stem(word));
	return {
		knows,
		correct(word, partial = false) {
			if (word.length < 5 || /\d/.test(word) || knows(word)) return word;
			if (partial && vocabulary.some((w) => w.startsWith(word))) return word;
			const limit = word.length >= 9 ? 2 : 1;
			let best: { word: string; distance: number } | undefined;
			for (const candidate of vocabulary) {
				if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > limit) continue;
				const distance = editDistance(word, candidate, limit);
				if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
				if (best?.distance === 1) break; // vocabulary is most frequent first: the first close word wins
			}
			return best?.word ?? word;
		},
	};
}

/** Optimal-string-alignment distance (a swap of two letters counts as one change), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1);
			row.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}
