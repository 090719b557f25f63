import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cover, featuresOf, layoutOf, representativePages, templateOf } from '../support/representative-pages';

describe('representative pages for browser-only checks', () => {
	it('names a page by its template, keeping the words that name a kind of page', () => {
		expect(templateOf('/')).toBe('/');
		expect(templateOf('/staying-safe/spot-a-scam/')).toBe('/*/*/');
		expect(templateOf('/staying-safe/spot-a-scam/quiz/')).toBe('/*/*/quiz/');
		expect(templateOf('/present/staying-safe/spot-a-scam/notes/')).toBe('/present/*/*/notes/');
		expect(templateOf('/getting-started/online-forms/practice/sign-up-form/')).toBe('/*/*/practice/*/');
		// A French page comes from the English page's template: only its words differ.
		expect(templateOf('/fr/staying-safe/spot-a-scam/quiz/')).toBe('/*/*/quiz/');
		expect(templateOf('/fr/')).toBe('/');
		expect(templateOf('/fr/search/')).toBe('/search/');
	});

	it('reads component blocks, custom elements, modules and element kinds from a page', () => {
		const features = featuresOf('<div class="callout callout--safety"><p class="callout__title">x</p><course-quiz data-module="quiz"></course-quiz><table></table></div>');
		expect([...features].sort()).toEqual(['.callout', '<course-quiz>', '[quiz]', 'div', 'p', 'table']);
		// Words marked as another language (an English title on a French page) count as a feature.
		expect(featuresOf('<html lang="fr"><body><a lang="en">Use a mouse</a></body></html>').has('[lang]')).toBe(true);
		expect(featuresOf('<html lang="fr"><body><a>Utiliser la souris</a></body></html>').has('[lang]')).toBe(false);
	});

	it('chooses the fewest pages that show every feature at least once', () => {
		const page = (path: string, ...features: string[]) => ({ path, features: new Set(features) });
		const pages = [page('/a/', 'x'), page('/b/', 'x', 'y'), page('/c/', 'z'), page('/d/', 'y')];
		expect(cover(pages).sort()).toEqual(['/b/', '/c/']);
		expect(cover([page('/only/')])).toEqual(['/only/']);
	});

	it('of pages that add as much, takes the smallest', () => {
		const page = (path: string, size: number, ...features: string[]) => ({ path, size, features: new Set(features) });
		expect(cover([page('/big/', 900, 'x', 'y'), page('/small/', 100, 'x', 'y')])).toEqual(['/small/']);
		expect(cover([page('/big/', 900, 'x', 'y', 'z'), page('/small/', 100, 'x', 'y')])).toEqual(['/big/']);
	});

	it('reads the layout from the body class', () => {
		expect(layoutOf('<html><body class="handout-page" data-x>')).toBe('handout-page');
		expect(layoutOf('<html><body>')).toBe('');
	});

	it('chooses a page made of other pages only for what they lack, and every template once at least', () => {
		const dir = mkdtempSync(join(tmpdir(), 'representative-'));
		const write = (path: string, body: string, layout = 'handout-page') => {
			mkdirSync(join(dir, path), { recursive: true });
			writeFileSync(join(dir, path, 'index.html'), `<html><body class="${layout}">${body}</body></html>`);
		};
		try {
			write('handouts/m/a', '<table></table>');
			write('handouts/m/b', '<ol></ol>');
			// Module handouts: their lessons one after another; only the second shows something new.
			write('handouts/m', `<ol></ol>${'<table></table>'.repeat(50)}`);
			write('handouts/n', '<table></table><h6></h6>');
			// The same feature in another layout still needs its own page.
			write('lesson/x', '<table></table>', 'page-lesson');
			expect(representativePages(dir)).toEqual(['/handouts/m/a/', '/handouts/m/b/', '/handouts/n/', '/lesson/x/']);
			write('handouts/n', '<table></table>');
			// Nothing new on any module handout: the smallest stands for its template.
			expect(representativePages(dir)).toEqual(['/handouts/m/a/', '/handouts/m/b/', '/handouts/n/', '/lesson/x/']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
