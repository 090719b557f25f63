import { describe, expect, it } from 'vitest';
import { frenchReadability, frenchSyllables, splitFrenchSentences } from '../../src/content-layer/readability';

describe('frenchSyllables', () => {
	it('counts the syllables of common words of the lessons', () => {
		const words = { mot: 1, passe: 1, arnaque: 2, courriel: 2, question: 2, internet: 3, téléphone: 3, vidéo: 3, ordinateur: 4, sécurité: 4, hameçonnage: 4, escroquerie: 4, cybermalveillance: 5, authentification: 6, journée: 2, créer: 2, réseau: 2, wifi: 2, 'aujourd’hui': 3, 'l’arnaque': 2 };
		for (const [word, syllables] of Object.entries(words)) expect.soft(frenchSyllables(word), word).toBe(syllables);
	});

	it('says a final mute e adds none, but a one-syllable word keeps its own', () => {
		expect(frenchSyllables('mange')).toBe(1);
		expect(frenchSyllables('pages')).toBe(1);
		expect(frenchSyllables('le')).toBe(1);
		expect(frenchSyllables('une')).toBe(1);
	});

	it('counts a number as one', () => {
		expect(frenchSyllables('17')).toBe(1);
	});
});

describe('splitFrenchSentences', () => {
	it('cuts after . ! ? before a capital (accented too), a digit or «', () => {
		expect(splitFrenchSentences('Bonjour. À demain\u202F! «\u00A0Oui\u00A0», dit-il. 17Cyber répond.')).toEqual(['Bonjour.', 'À demain\u202F!', '«\u00A0Oui\u00A0», dit-il.', '17Cyber répond.']);
	});
});

describe('frenchReadability (Kandel and Moles)', () => {
	it('is 207 - 1.015 x words a sentence - 73.6 x syllables a word', () => {
		// 5 words, 2 sentences, 5 syllables: 207 - 1.015 x 2.5 - 73.6 x 1 = 130.9
		expect(frenchReadability(['Le chat mange. Il dort.'])).toEqual({ words: 5, sentences: 2, syllables: 5, ease: 130.9, wordsPerSentence: 2.5 });
	});

	it('rates plain lesson prose easy, and long official prose hard', () => {
		const plain = frenchReadability(['Un mot de passe solide protège votre compte. Choisissez une phrase que vous retenez facilement. N’utilisez jamais le même mot de passe sur deux sites.']);
		const official = frenchReadability(['La plateforme nationale d’assistance aux victimes de cybermalveillance informe, sensibilise et accompagne les particuliers, les entreprises et les collectivités territoriales confrontés à des incidents de sécurité informatique, notamment l’hameçonnage, les rançongiciels et les usurpations d’identité.']);
		expect(plain.ease).toBeGreaterThan(70);
		expect(official.ease).toBeLessThan(30);
	});

	it('gives 0 for no words', () => {
		expect(frenchReadability([]).ease).toBe(0);
	});
});
