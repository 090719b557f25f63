import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { currentSlide, deckStarted, lastSlide, runningOrder, watchPage, workshopLesson } from '../support/workshop';
import { loadContent } from '../../src/content-layer/load-content';
import { linesOf, MAX_SLIDE_LINES } from '../../src/lib/workshop/slide-text';
import { deckBounds } from '../../src/lib/workshop/slide-plan';

/** Types the first question slide's number and Enter, as a trainer jumps to it; returns that slide. */
async function goToFirstQuestion(page: Page): Promise<Locator> {
	const question = page.locator('.slide--quiz').first();
	await page.keyboard.type(String(Number(await question.getAttribute('data-slide'))));
	await page.keyboard.press('Enter');
	await expect(question).toHaveClass(/is-current/);
	return question;
}

const lesson = workshopLesson();
/** A page address that is this deck, at any slide. */
const at = (path: string) => new RegExp(`/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#slide-\\d+)?$`);

test.describe('presenter view', () => {
	// Keys, counter and address, a reload, a question's answer, blank and full screen are tested on the
	// deck's examples: src/islands/deck/deck.component.spec.ts.
	test('the title slide shows the lesson, its minutes and objectives; the last slide its key points', async ({ page }) => {
		await page.goto(lesson.slides);
		const title = page.locator('#slide-1');
		await expect(title.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
		for (const objective of lesson.objectives) await expect(title).toContainText(objective);
		await page.keyboard.press('End');
		const last = page.locator('.slide.is-current');
		await expect(last.getByRole('heading')).toHaveText('Key points');
		for (const point of lesson.keyPoints) await expect(last).toContainText(point);
	});

	test('a module runs its lessons one after another, and the notes window follows', async ({ page, context, guards }) => {
		const run = runningOrder(lesson.module);
		expect(run.length).toBe(lesson.lessonsInModule);
		expect(run.length).toBeGreaterThan(1);
		// The module's page is its running order: every lesson, in order, with its slides and notes.
		await page.goto(`present/${lesson.module}/`);
		const rows = page.locator('[data-running-order] tbody tr');
		await expect(rows).toHaveCount(run.length);
		for (const [i, l] of run.entries()) {
			await expect(rows.nth(i).getByRole('rowheader')).toHaveText(l.title);
			await expect(rows.nth(i).getByRole('link', { name: `Slides: ${l.title}`, exact: true })).toHaveAttribute('href', `/${l.slides}`);
			await expect(rows.nth(i).getByRole('link', { name: `Speaker notes: ${l.title}`, exact: true })).toHaveAttribute('href', `/${l.notes}`);
		}
		await page.getByRole('link', { name: `Start with lesson 1: ${run[0]!.title}` }).click();
		await expect(page).toHaveURL(at(run[0]!.slides));
		const notes = await context.newPage();
		watchPage(notes, guards.problems);
		await notes.goto(run[0]!.notes);
		// The last slide names the next lesson; Next there opens it on both screens.
		await deckStarted(page);
		await page.keyboard.press('End');
		await expect(page.locator('.slide.is-current')).toHaveClass(/slide--key-points/);
		await expect(page.locator('.slide.is-current [data-next-lesson]')).toHaveText(`Next: lesson 2, ${run[1]!.title}`);
		await expect.poll(() => currentSlide(notes)).toBe(await currentSlide(page));
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(at(run[1]!.slides));
		await expect(notes).toHaveURL(at(run[1]!.notes));
		await expect(page.locator('#slide-1.is-current')).toContainText(run[1]!.title);
		await expect.poll(() => currentSlide(notes)).toBe('slide-1');
		// The two windows stay in step on the new lesson, and Next from the notes moves on too.
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => currentSlide(notes)).toBe('slide-2');
		if (run.length > 2) {
			await notes.keyboard.press('End');
			const last = await lastSlide(notes);
			await expect.poll(() => currentSlide(notes)).toBe(last);
			await expect.poll(() => currentSlide(page)).toBe(last);
			await notes.getByRole('button', { name: 'Next ›' }).click();
			await expect(notes).toHaveURL(at(run[2]!.notes));
			await expect(page).toHaveURL(at(run[2]!.slides));
		}
		// The module's last lesson ends the run: Next on its last slide stays there.
		await page.goto(run.at(-1)!.slides);
		await deckStarted(page);
		await page.keyboard.press('End');
		await expect(page.locator('.slide.is-current')).toHaveClass(/slide--key-points/);
		await expect(page.locator('[data-next-lesson]')).toHaveCount(0);
		const last = await currentSlide(page);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(at(run.at(-1)!.slides));
		expect(await currentSlide(page)).toBe(last);
	});
});

test.describe('presenter view without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('is a readable page of every slide, with no buttons that would do nothing', async ({ page }) => {
		await page.goto(lesson.slides);
		const slides = page.locator('.slide');
		const count = await slides.count();
		for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
		await expect(page.locator('[data-deck-toolbar]')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Speaker notes' })).toBeVisible();
		await page.locator('.slide--quiz summary').first().click();
		await expect(page.locator('.slide--quiz .quiz-slide__answer-body').first()).toBeVisible();
	});
});

test('every lesson deck is made for a room: a short deck, and no slide from the lesson over the line limit', async ({ request }) => {
	const over: string[] = [];
	for (const lesson of loadContent().lessons) {
		const path = `present/${lesson.data.module}/${lesson.slug}/`;
		const slides = parse(await (await request.get(path)).text()).querySelectorAll('section.slide');
		// About one slide for every two to four minutes of the lesson (8 to 12 for 25 minutes).
		expect(slides.length, path).toBeGreaterThanOrEqual(deckBounds(lesson.data.minutes).min);
		expect(slides.length, path).toBeLessThanOrEqual(deckBounds(lesson.data.minutes).max);
		for (const slide of slides.filter((s) => /slide--(points|steps|picture)\b/.test(s.getAttribute('class') ?? ''))) {
			const texts = slide.querySelectorAll('.slide__points li, .slide__steps li, .slide__picture figcaption').map((el) => el.text.trim());
			const lines = texts.reduce((sum, text) => sum + linesOf(text), 0);
			if (lines > MAX_SLIDE_LINES) over.push(`${path}#${slide.id}: ${lines} lines`);
			// A slide from the lesson never carries its prose: only its points, steps or picture.
			expect(slide.querySelectorAll('.slide__inner > p:not(.slide__eyebrow), .slide__inner > div'), `${path}#${slide.id}`).toHaveLength(0);
		}
		for (const picture of slides.filter((s) => s.classList.contains('slide--picture'))) expect(picture.querySelector('img')?.getAttribute('alt'), `${path}#${picture.id}`).toBeTruthy();
	}
	expect(over).toEqual([]);
});

test('a question for the room: one question, large choices, and the answer with its explanation at a click', async ({ page }) => {
	await page.goto(lesson.slides);
	const question = await goToFirstQuestion(page);
	const size = (selector: string) => question.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(await size('.quiz-slide__choice')).toBeGreaterThan(await size('.slide__inner'));
	await expect(question.locator('.quiz-slide__answer-body')).toBeHidden();
	await question.getByText('Show the answer').click();
	await expect(question.locator('.quiz-slide__answer-body')).toBeVisible();
	await expect(question.locator('.quiz-slide__mark').first()).toBeVisible();
	const prompt = (await question.locator('.slide__title').textContent())!.trim();
	const data = lesson.quiz.find((q) => q.prompt.replace(/\s+/g, ' ') === prompt.replace(/\s+/g, ' '));
	const explanation = data?.choices.find((c) => c.correct && c.explanation)?.explanation ?? data?.explanation;
	if (explanation) await expect(question.locator('.quiz-slide__answer-body')).toContainText(explanation.slice(0, 30));
	// The click is the same as the A key: the place in the deck stays.
	await expect(question).toHaveClass(/is-current/);
});
