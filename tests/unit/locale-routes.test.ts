import { describe, expect, it } from 'vitest';
import { localePath, splitLocalePath, withBase } from '../../src/lib/url';
import { routes, routesIn } from '../../src/lib/routes';
import { preferredOf, shouldOffer } from '../../src/components/language/language-choice';

describe('addresses in a language', () => {
	it('puts pages of another language under /<locale>/ and leaves English and files alone', () => {
		expect(localePath('/glossary/', 'fr')).toBe('/fr/glossary/');
		expect(localePath('/', 'fr')).toBe('/fr/');
		expect(localePath('/glossary/', 'en')).toBe('/glossary/');
		expect(withBase(localePath('/staying-safe/', 'fr'), '/course/')).toBe('/course/fr/staying-safe/');
	});

	it('reads the language back from a site path', () => {
		expect(splitLocalePath('/fr/staying-safe/', ['en', 'fr'])).toEqual({ locale: 'fr', path: '/staying-safe/' });
		expect(splitLocalePath('/fr/', ['en', 'fr'])).toEqual({ locale: 'fr', path: '/' });
		expect(splitLocalePath('/fraud/', ['en', 'fr'])).toEqual({ locale: 'en', path: '/fraud/' });
		expect(splitLocalePath('/staying-safe/', ['en', 'fr'])).toEqual({ locale: 'en', path: '/staying-safe/' });
	});

	it('links a module without French lessons to its English pages, and keeps icons shared', () => {
		const fr = routesIn('fr', (id) => id === 'staying-safe');
		expect(fr.lesson('staying-safe', 'spot-a-scam')).toBe('/fr/staying-safe/spot-a-scam/');
		expect(fr.lesson('finding-work', 'job-scams')).toBe('/finding-work/job-scams/');
		expect(fr.certificate()).toBe('/fr/certificate/');
		expect(fr.certificate('finding-work')).toBe('/certificate/finding-work/');
		expect(fr.handoutLesson('staying-safe', 'spot-a-scam', true)).toBe('/fr/handouts/staying-safe/spot-a-scam/#large-print');
		expect(fr.progress).toBe('/fr/progress/');
		expect(fr.icon('shield.svg')).toBe(routes.icon('shield.svg'));
		expect(routesIn('en')).toBe(routes);
	});
});

describe('the offer of the other edition', () => {
	it('takes the first of the two languages the browser lists', () => {
		expect(preferredOf(['fr-FR', 'en-GB'], 'en', 'fr')).toBe('fr');
		expect(preferredOf(['de-DE', 'en-US', 'fr'], 'en', 'fr')).toBe('en');
		expect(preferredOf(['de-DE'], 'en', 'fr')).toBeUndefined();
	});

	it('shows on a first visit to a browser preferring it, and on the home page to a learner who chose it', () => {
		expect(shouldOffer(undefined, 'fr', 'fr', false)).toBe(true);
		expect(shouldOffer(undefined, 'en', 'fr', true)).toBe(false);
		expect(shouldOffer('en', 'fr', 'fr', true)).toBe(false);
		expect(shouldOffer('fr', 'en', 'fr', true)).toBe(true);
		expect(shouldOffer('fr', 'fr', 'fr', false)).toBe(false);
	});
});
