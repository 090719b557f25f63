// The workshop deck against its examples (examples/slides.astro, examples/notes.astro: a small
// hand-made deck): keys, counter and address, a reload, a question's answer, blank and full screen,
// the two windows in step, and axe in the slides' states, light and dark. The real decks keep what
// depends on the course (title and key points of a lesson, a module's lessons one after another,
// every slide within its line limit, trainer notes never projected): tests/e2e/workshop-*.spec.ts.
import type { Page } from '@playwright/test';
import { test, expect } from '../../../tests/e2e/fixtures';
import { COLOR_SCHEMES, axeProblems, exampleUrl } from '../../../tests/support/components';
import { currentSlide, deckStarted, notesStarted, watchPage } from '../../../tests/support/workshop';

const SLIDES = exampleUrl('deck', 'slides');
const NOTES = exampleUrl('deck', 'notes');
const TOTAL = 6;
const QUESTION = 5;

async function openSlides(page: Page, hash = ''): Promise<void> {
	await page.goto(`${SLIDES}${hash}`);
	await deckStarted(page);
}

async function expectSlide(page: Page, n: number): Promise<void> {
	await expect(page.locator('.slide.is-current')).toHaveAttribute('id', `slide-${n}`);
	await expect(page.locator('.slide:visible')).toHaveCount(1);
	await expect(page.locator('[data-deck-counter]')).toHaveText(`${n} / ${TOTAL}`);
	await expect(page).toHaveURL(new RegExp(`#slide-${n}$`));
}

test.describe('the slides', () => {
	test('every key moves the slides, the counter and the address hash follow', async ({ page }) => {
		await openSlides(page);
		await expect(page.locator('.slide')).toHaveCount(TOTAL);
		await expect(page.locator('.slide.is-current')).toHaveAttribute('id', 'slide-1');
		for (const [key, n] of [['ArrowRight', 2], ['ArrowLeft', 1], ['PageDown', 2], ['PageUp', 1], ['Space', 2], ['ArrowDown', 3], ['ArrowUp', 2], ['Shift+Space', 1], ['End', TOTAL], ['Home', 1]] as const) {
			await page.keyboard.press(key);
			await expectSlide(page, n);
		}
		await page.keyboard.press('3');
		await expect(page.locator('[data-deck-counter]')).toHaveText('Go to 3');
		await page.keyboard.press('Enter');
		await expectSlide(page, 3);
		await page.getByRole('button', { name: /Next/ }).click();
		await expectSlide(page, 4);
		await page.getByRole('button', { name: /Previous/ }).click();
		await expectSlide(page, 3);
	});

	test('a reload keeps the place, and an address with a slide number opens on it', async ({ page }) => {
		await openSlides(page, '#slide-3');
		await expect(page.locator('.slide.is-current')).toHaveAttribute('id', 'slide-3');
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#slide-4$/);
		await page.reload();
		await deckStarted(page);
		await expect(page.locator('.slide.is-current')).toHaveAttribute('id', 'slide-4');
	});

	test('a question shows its answer on the next key press, then moves on', async ({ page }) => {
		await openSlides(page, `#slide-${QUESTION}`);
		const question = page.locator(`#slide-${QUESTION}`);
		await expect(question).toHaveClass(/is-current/);
		await expect(question.locator('.quiz-slide__answer-body')).toBeHidden();
		await expect(question.locator('.quiz-slide__mark').first()).toBeHidden();
		await page.keyboard.press('PageDown');
		await expect(question).toHaveClass(/is-current/);
		await expect(question.locator('.quiz-slide__answer-body')).toBeVisible();
		await expect(question.locator('.quiz-slide__mark').first()).toBeVisible();
		await page.keyboard.press('a');
		await expect(question.locator('.quiz-slide__answer-body')).toBeHidden();
		await page.keyboard.press('a');
		await page.keyboard.press('PageDown');
		await expect(page.locator('.slide.is-current')).toHaveAttribute('id', `slide-${QUESTION + 1}`);
	});

	test('B blanks the screen and brings it back; F asks for full screen', async ({ page }) => {
		await openSlides(page);
		const blank = page.locator('[data-deck-blank]');
		await expect(blank).toBeHidden();
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		await page.keyboard.press('b');
		await expect(blank).toBeHidden();
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? 'none')).toBe('HTML');
		await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? 'none')).toBe('none');
	});

	test('the slides pass axe with an answer shown, the key list open, and in the theme chosen with T', async ({ page }) => {
		await openSlides(page, `#slide-${QUESTION}`);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.slide.is-current .quiz-slide__answer-body')).toBeVisible();
		const failures = await axeProblems(page, 'answer shown');
		await page.keyboard.press('t');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		failures.push(...(await axeProblems(page, 'dark theme chosen with T')));
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keys for the slides' })).toBeVisible();
		failures.push(...(await axeProblems(page, 'key list open')));
		expect(failures).toEqual([]);
		await page.getByRole('button', { name: 'Close' }).click();
		await expect(page.getByRole('dialog')).toBeHidden();
		// The choice of theme is remembered for the next deck.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test('slides and notes in two windows stay in step both ways', async ({ page, context, guards }) => {
	const notes = await context.newPage();
	watchPage(notes, guards.problems);
	await openSlides(page);
	await notes.goto(NOTES);
	await notesStarted(notes);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => currentSlide(notes)).toBe('slide-2');
	await expect(notes.locator('.notes-item.is-next')).toHaveAttribute('id', 'slide-3');
	await notes.keyboard.press('ArrowRight');
	await expect.poll(() => currentSlide(page)).toBe('slide-3');
	await notes.keyboard.press('End');
	await expect.poll(() => currentSlide(notes)).toBe(`slide-${TOTAL}`);
	await expect.poll(() => currentSlide(page)).toBe(`slide-${TOTAL}`);
	await notes.keyboard.press('b');
	await expect(page.locator('[data-deck-blank]')).toBeVisible();
	await expect(notes.getByText('The screen is blank.')).toBeVisible();
	await page.keyboard.press('b');
	await expect(notes.getByText('The screen is blank.')).toBeHidden();
	// The answer of a question shows on both screens at once.
	await page.keyboard.type(String(QUESTION));
	await page.keyboard.press('Enter');
	await expect.poll(() => currentSlide(notes)).toBe(`slide-${QUESTION}`);
	await notes.keyboard.press('PageDown');
	await expect(page.locator('.slide.is-current .quiz-slide__answer-body')).toBeVisible();
	await expect(notes.getByText('The answer is showing on the screen.')).toBeVisible();
});

test("a key pressed in the new notes wins over the slides' answer to their hello that comes after it", async ({ page, context, guards }) => {
	// Slow messages, and only through the window link (as between file:// pages): the slides'
	// answer (slide 1) reaches the notes 600 ms after their hello, long after the trainer's End.
	await context.addInitScript(() => {
		delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
		const listen = window.addEventListener.bind(window);
		window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
			if (type !== 'message' || typeof listener !== 'function') return listen(type, listener, options);
			return listen(type, (event) => setTimeout(() => listener.call(window, event), 300), options);
		}) as typeof window.addEventListener;
	});
	await openSlides(page);
	const [notes] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Speaker notes' }).click()]);
	watchPage(notes, guards.problems);
	await notesStarted(notes);
	await notes.keyboard.press('End');
	const last = `slide-${TOTAL}`;
	await expect.poll(() => currentSlide(notes)).toBe(last);
	await expect.poll(() => currentSlide(page)).toBe(last);
	// Both stay there once every late message has come.
	for (let i = 0; i < 10; i++) {
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect([await currentSlide(notes), await currentSlide(page)], 'notes and slides').toEqual([last, last]);
	}
});

for (const colorScheme of COLOR_SCHEMES) {
	test(`the speaker notes pass axe at a question, with its answer (${colorScheme} mode)`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(`${NOTES}#slide-${QUESTION}`);
		await notesStarted(page);
		await expect(page.locator(`#slide-${QUESTION}`)).toBeVisible();
		expect(await axeProblems(page, 'notes at a question')).toEqual([]);
	});
}
