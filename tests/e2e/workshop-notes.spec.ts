import { test, expect } from './fixtures';
import { trainerNoteSnippets } from '../support/trainer-notes';
import { currentSlide, deckStarted, lastSlide, modulesWithLessons, notesStarted, runningOrder, squash, watchPage, workshopLesson } from '../support/workshop';

const lesson = workshopLesson();

// Which built pages carry the notes (every notes view and guide, never the slides or handouts) is
// read from the built files: tests/e2e/built-pages.spec.ts. Here, what the screens show.
test('trainer notes sit beside their slide in the notes view, never on a projected slide', async ({ page }) => {
	// The notes' slide previews hold no note either: a note shows only in the notes column.
	const snippets = trainerNoteSnippets().map(squash);
	expect(snippets.length).toBeGreaterThan(0);
	// On screen: the note sits beside its slide in the notes view, and no projected slide shows it.
	await page.goto(lesson.slides);
	for (const text of await page.locator('.slide').allTextContents()) expect(snippets.some((s) => squash(text).includes(s))).toBe(false);
	await page.goto(lesson.notes);
	await notesStarted(page);
	const withNote = page.locator('.notes-item', { has: page.locator('.trainer-note') }).first();
	const number = await withNote.getAttribute('data-slide');
	await page.keyboard.type(number!);
	await page.keyboard.press('Enter');
	await expect(withNote.locator('.trainer-note').first()).toBeVisible();
	await expect(withNote.locator('.notes-item__slide .trainer-note')).toHaveCount(0);
});

test('the notes view shows the current and next slide, and a timer against the lesson minutes', async ({ page }) => {
	await page.goto(lesson.notes);
	await expect(page.locator('.notes-item.is-current')).toHaveAttribute('id', 'slide-1');
	await expect(page.locator('.notes-item.is-next')).toHaveAttribute('id', 'slide-2');
	await expect(page.locator('.notes-item.is-current .notes-item__label')).toContainText('Now:');
	await expect(page.locator('.notes-item.is-next .notes-item__label')).toContainText('Next:');
	await expect(page.locator('.notes-item:visible')).toHaveCount(2);
	await expect(page.locator('[data-timer-elapsed]')).toHaveText(/^0:0\d elapsed$/);
	await expect(page.locator('[data-timer-planned]')).toHaveText(/^this lesson: 0:0\d of \d+ min$/);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.locator('.notes-item.is-next')).toHaveCount(0);
	await expect(page.locator('[data-notes-end]')).toHaveText(
		lesson.next ? `This is the last slide of the lesson. Next opens lesson ${lesson.next.number}, ${lesson.next.title}, on both screens.` : 'This is the last slide.',
	);
});

// Slides and notes in two windows, in step both ways (keys, blank screen, a question's answer):
// src/islands/deck/deck.component.spec.ts, on the deck's examples.

test.describe('without BroadcastChannel, as between file:// pages', () => {
	test.beforeEach(async ({ context }) => {
		await context.addInitScript(() => {
			delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
		});
	});

	test('the notes window opened from the slides stays in step through the window link', async ({ page, guards }) => {
		await page.goto(`${lesson.slides}#slide-2`);
		const [notes] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Speaker notes' }).click()]);
		watchPage(notes, guards.problems);
		expect(await notes.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
		await expect.poll(() => currentSlide(notes)).toBe('slide-2');
		// Keys only once the notes' script listens (startAll marks it), as a trainer's first key comes after the page is up.
		await notesStarted(notes);
		await notes.keyboard.press('PageDown');
		await expect.poll(() => currentSlide(page)).toBe('slide-3');
		await page.bringToFront();
		await page.keyboard.press('PageDown');
		await expect.poll(() => currentSlide(notes)).toBe('slide-4');
	});

	test('the notes window opened from the slides follows it to the next lesson of the module', async ({ page, guards }) => {
		const next = lesson.next;
		expect(next, 'the workshop lesson has a next lesson in its module').toBeTruthy();
		await page.goto(lesson.slides);
		const [notes] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Speaker notes' }).click()]);
		watchPage(notes, guards.problems);
		await expect.poll(() => currentSlide(notes)).toBe('slide-1');
		await notesStarted(notes);
		await notes.keyboard.press('End');
		const last = await lastSlide(notes);
		await expect.poll(() => currentSlide(notes)).toBe(last);
		await expect.poll(() => currentSlide(page)).toBe(last);
		await page.keyboard.press('PageDown');
		await expect(page).toHaveURL(new RegExp(`/${next!.slides}(#slide-\\d+)?$`));
		await expect(notes).toHaveURL(new RegExp(`/${next!.notes}(#slide-\\d+)?$`));
		// The link between the two windows outlives the move: they stay in step (once both new pages have started).
		await deckStarted(page);
		await notesStarted(notes);
		await page.keyboard.press('PageDown');
		await expect.poll(() => currentSlide(notes)).toBe('slide-2');
	});

	test("they stay in step even when the slides' next page starts after the notes' one", async ({ page, guards }) => {
		const next = lesson.next!;
		await page.goto(lesson.slides);
		const [notes] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Speaker notes' }).click()]);
		watchPage(notes, guards.problems);
		await notesStarted(notes);
		// The slides' next page is slow to come: the notes' new page starts first and says hello to a
		// window that is still loading.
		await page.route(`**/${next.slides}`, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await notes.keyboard.press('End');
		await expect.poll(() => currentSlide(page)).toBe(await lastSlide(notes));
		await page.keyboard.press('PageDown');
		await expect(notes).toHaveURL(new RegExp(`/${next.notes}(#slide-\\d+)?$`));
		await notesStarted(notes);
		await expect(page).toHaveURL(new RegExp(`/${next.slides}(#slide-\\d+)?$`));
		await deckStarted(page);
		await page.keyboard.press('PageDown');
		await expect.poll(() => currentSlide(notes)).toBe('slide-2');
	});
});

test('every slide has notes: what to say and do, with the timing of its part', async ({ page }) => {
	for (const path of runningOrder(lesson.module).map((l) => l.notes)) {
		await page.goto(path);
		await expect(page.getByText('No notes for this slide.')).toHaveCount(0);
		const items = page.locator('.notes-item');
		const count = await items.count();
		for (let i = 0; i < count; i++) expect((await items.nth(i).locator('.notes-item__notes').innerText()).length, `${path} slide ${i + 1}`).toBeGreaterThan(40);
	}
	await page.goto(lesson.notes);
	await expect(page.locator('.notes-timing').first()).toContainText(/about \d+ minutes/);
	await expect(page.locator('.notes-text').first()).toBeAttached();
});

test('a quiz answer revealed with the button on the slides shows in the notes, and A in the notes hides it', async ({ page, context, guards }) => {
	const notes = await context.newPage();
	watchPage(notes, guards.problems);
	await page.goto(lesson.slides);
	await notes.goto(lesson.notes);
	const question = page.locator('.slide--quiz').first();
	const number = Number(await question.getAttribute('data-slide'));
	await page.keyboard.type(String(number));
	await page.keyboard.press('Enter');
	await expect.poll(() => currentSlide(notes)).toBe(`slide-${number}`);
	await question.getByText('Show the answer').click();
	await expect(notes.getByText('The answer is showing on the screen.')).toBeVisible();
	await expect(notes.locator('.notes-item.is-current .quiz-slide__answer-body')).toBeVisible();
	await notes.keyboard.press('a');
	await expect(question.locator('.quiz-slide__answer-body')).toBeHidden();
	await expect(notes.getByText('The answer is showing on the screen.')).toBeHidden();
});
