import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { buildGlossary, termId, termsInTree } from '../../src/lib/glossary';
import { svgSize } from '../../src/lib/svg-size';

describe('glossary', () => {
	it('collects <Term> definitions, first definition wins, sorted, with the lessons that use them', () => {
		const one = mdxToMdast('A <Term def="a program to visit websites">browser</Term> and <Term word="Wi-Fi" def="wireless internet">wifi</Term>.');
		const two = mdxToMdast('Your <Term def="another definition">Browser</Term>.');
		expect(termsInTree(one)).toEqual([
			{ word: 'browser', def: 'a program to visit websites' },
			{ word: 'Wi-Fi', def: 'wireless internet' },
		]);
		const glossary = buildGlossary([
			{ title: 'One', path: '/a/one/', terms: termsInTree(one) },
			{ title: 'Two', path: '/a/two/', terms: termsInTree(two) },
		]);
		expect(glossary.map((e) => [e.word, e.def, e.lessons.map((x) => x.title)])).toEqual([
			['browser', 'a program to visit websites', ['One', 'Two']],
			['Wi-Fi', 'wireless internet', ['One']],
		]);
	});
	it('makes anchor ids from words', () => {
		expect(termId(' Two-step Verification ')).toBe('two-step-verification');
		expect(termId('Wi-Fi!')).toBe('wi-fi');
	});
});

describe('svgSize', () => {
	it('reads width and height, or falls back to the viewBox', () => {
		expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">')).toEqual({ width: 640, height: 360 });
		expect(svgSize('<svg viewBox="0 0 800 450" xmlns="http://www.w3.org/2000/svg">')).toEqual({ width: 800, height: 450 });
		expect(svgSize('<svg>')).toBeUndefined();
		expect(svgSize('not a picture')).toBeUndefined();
	});
});
