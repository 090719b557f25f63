import { describe, expect, it } from 'vitest';
import { cover, featuresOf, templateOf } from '../support/representative-pages';

describe('representative pages for browser-only checks', () => {
	it('names a page by its template, keeping the words that name a kind of page', () => {
		expect(templateOf('/')).toBe('/');
		expect(templateOf('/staying-safe/spot-a-scam/')).toBe('/*/*/');
		expect(templateOf('/staying-safe/spot-a-scam/quiz/')).toBe('/*/*/quiz/');
		expect(templateOf('/present/staying-safe/spot-a-scam/notes/')).toBe('/present/*/*/notes/');
		expect(templateOf('/getting-started/online-forms/practice/sign-up-form/')).toBe('/*/*/practice/*/');
		expect(templateOf('/fr/staying-safe/spot-a-scam/quiz/')).toBe('/fr/*/*/quiz/');
	});

	it('reads component blocks, custom elements, modules and element kinds from a page', () => {
		const features = featuresOf('<div class="callout callout--safety"><p class="callout__title">x</p><course-quiz data-module="quiz"></course-quiz><table></table></div>');
		expect([...features].sort()).toEqual(['.callout', '<course-quiz>', '[quiz]', 'div', 'p', 'table']);
	});

	it('chooses the fewest pages that show every feature at least once', () => {
		const page = (path: string, ...features: string[]) => ({ path, features: new Set(features) });
		const pages = [page('/a/', 'x'), page('/b/', 'x', 'y'), page('/c/', 'z'), page('/d/', 'y')];
		expect(cover(pages).sort()).toEqual(['/b/', '/c/']);
		expect(cover([page('/only/')])).toEqual(['/only/']);
	});
});
