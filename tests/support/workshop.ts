import { expect, type Page } from '@playwright/test';
import { loadContent } from '../../src/content-layer/load-content';
import { hostedUrl } from '../../src/lib/workshop/qr-code';
import { REAL_SITE_URL } from './test-sites.mjs';

/** A lesson to run the workshop tests on: the first one with a quiz, so answers can be revealed. */
export function workshopLesson() {
	const { lessons } = loadContent();
	const lesson = lessons.find((l) => (l.data.quiz?.length ?? 0) > 0);
	if (!lesson) throw new Error('The workshop tests need at least one lesson with a quiz.');
	const { module, id, title, keyPoints, objectives, quiz = [] } = lesson.data;
	const path = `${module}/${lesson.slug}/`;
	const run = runningOrder(module);
	const at = run.findIndex((l) => l.id === id);
	const after = run[at + 1] && { ...run[at + 1]!, number: at + 2 };
	return {
		id,
		title,
		module,
		keyPoints,
		objectives,
		quiz,
		lessonsInModule: lessons.filter((l) => l.data.module === module).length,
		/** The lesson after it in its module: where Next goes from the last slide. */
		next: after,
		slides: `present/${path}`,
		notes: `present/${path}notes/`,
		handout: `handouts/${path}`,
		/** The lesson's address on the hosted site of the sub-path build (a real address). */
		hosted: hostedUrl(REAL_SITE_URL, `/${path}`)!,
	};
}

/** A module's lessons in running order, with the paths of their slides and notes. */
export function runningOrder(module: string) {
	return loadContent()
		.lessons.filter((l) => l.data.module === module)
		.sort((a, b) => a.data.order - b.data.order)
		.map((l) => ({ id: l.data.id, title: l.data.title, slides: `present/${module}/${l.slug}/`, notes: `present/${module}/${l.slug}/notes/` }));
}

/** Fails on console errors and page errors of a page the fixture does not watch (a second window). */
export function watchPage(page: Page, problems: string[]): void {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error (${page.url()}): ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error (${page.url()}): ${error.message}`));
}

/** Waits until the slides' script has started (startAll marks the deck), so a key press is heard. */
export async function deckStarted(page: Page): Promise<void> {
	await expect(page.locator('[data-module="presenter"]')).toHaveAttribute('data-presenter-started', '');
}

/** Waits until the speaker notes' script has started, so it hears the slides. */
export async function notesStarted(page: Page): Promise<void> {
	await expect(page.locator('[data-module="notes-view"]')).toHaveAttribute('data-notes-view-started', '');
}

/** The id of the speaker notes' last item (its slide's id). */
export async function lastSlide(notes: Page): Promise<string | null> {
	return notes.locator('.notes-item').last().getAttribute('id');
}

/** The id of the slide shown (presenter) or of the current item (notes view). */
export async function currentSlide(page: Page): Promise<string | null> {
	return page.locator('.slide.is-current, .notes-item.is-current').first().getAttribute('id');
}

/**
 * Letters and digits only, lower case: the rendered page has curly quotes, dashes and entities
 * where the lesson source has plain ones, so notes are compared in this form.
 */
export function squash(text: string): string {
	return text
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[#a-z0-9]+;/gi, ' ')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

/** Module ids that have lessons, for pages made per module. */
export function modulesWithLessons(): string[] {
	return [...new Set(loadContent().lessons.map((l) => l.data.module))];
}
