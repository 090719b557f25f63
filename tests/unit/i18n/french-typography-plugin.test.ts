import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { frenchTypographyPlugin } from '../../../src/content-layer/french-typography-plugin';
import { typesetFrench } from '../../../src/i18n/french-typography';

const NBSP = '\\xA0';
const NNBSP = '\u202F';

/** A lesson body with bold words, code, a key, a picture and a component with alt text. */
const LESSON = [
	'**Attention** : est-ce une arnaque ? Tapez `a : b ?` puis <kbd>AltGr ;</kbd>.',
	'',
	'![Un SMS : « Votre colis »](x.svg)',
	'',
	'<Figure alt="Le cadenas : sûr ?" src="a:b">Légende !</Figure>',
	'',
	'Signalez-le sur https://www.internet-signalement.gouv.fr/ : c’est gratuit.',
	'',
].join('\n');

/** The compiled lesson (JavaScript, as Astro's MDX gets it), with the narrow space made visible. */
const compiled = (path: string) => (mdxToJs(LESSON, { hastPlugins: [frenchTypographyPlugin], fileURL: pathToFileURL(path) }) as { code: string }).code.replace(/\\u202f/gi, NNBSP);

describe('the French typography plugin (Sätteri, as Astro runs MDX)', () => {
	const french = compiled('/site/content/fr/lessons/staying-safe/02-spot-a-scam.mdx');

	it('typesets the text, alt texts and captions of French lessons', () => {
		expect(french).toContain(`"${NBSP}: est-ce une arnaque${NNBSP}? Tapez "`);
		expect(french).toContain(`alt: "Un SMS${NBSP}: «${NBSP}Votre colis${NBSP}»"`);
		expect(french).toContain(`alt: "Le cadenas${NBSP}: sûr${NNBSP}?"`);
		expect(french).toContain(`"Légende${NNBSP}!"`);
		expect(french).toContain(`${NBSP}: c’est gratuit.`);
	});

	it('leaves code, keys, addresses and other attributes as typed', () => {
		expect(french).toContain('"a : b ?"');
		expect(french).toContain('"AltGr ;"');
		expect(french).toContain('src: "a:b"');
		expect(french).toContain('https://www.internet-signalement.gouv.fr/');
	});

	it('leaves English lessons as they are', () => {
		const english = compiled('/site/content/lessons/staying-safe/02-spot-a-scam.mdx');
		expect(english).toContain('" : est-ce une arnaque ? Tapez "');
		expect(english).not.toMatch(/\\xA0|\u202F/i);
	});
});

describe('typesetFrench', () => {
	it('typesets every string of a French lesson’s frontmatter, and nothing else', () => {
		const data = { id: 'spot-a-scam', order: 2, title: 'Repérer une arnaque : les signes', questions: ['Comment savoir ?'], quiz: [{ prompt: 'Vrai ou faux ?', choices: [{ text: 'Vrai !', correct: true }] }] };
		expect(typesetFrench(data)).toEqual({
			id: 'spot-a-scam',
			order: 2,
			title: 'Repérer une arnaque\u00A0: les signes',
			questions: [`Comment savoir${NNBSP}?`],
			quiz: [{ prompt: `Vrai ou faux${NNBSP}?`, choices: [{ text: `Vrai${NNBSP}!`, correct: true }] }],
		});
	});
});
