import { test, expect } from './fixtures';
import { modulesWithLessons, workshopLesson } from '../support/workshop';
import { loadContent } from '../../src/content-layer/load-content';

const lesson = workshopLesson();
const lessonsIn = (module: string) => loadContent().lessons.filter((l) => l.data.module === module).length;
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('a handout printed hides the navigation and shows all the content, without answers', async ({ page }) => {
	await page.goto(lesson.handout);
	await expect(page.getByRole('navigation', { name: 'Handout' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Handout' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	// Nothing on paper may sit behind a closed <details>: hints and answers are printed open or left out.
	await expect(page.locator('main details')).toHaveCount(0);
	for (const text of [...lesson.objectives, ...lesson.keyPoints, ...lesson.quiz.map((q) => q.prompt)]) {
		await expect(page.locator('main').getByText(text, { exact: true }).first()).toBeVisible();
	}
	const keyPoints = page.locator('.handout__key-points');
	await expect(keyPoints).toHaveCSS('border-top-style', 'solid');
	for (const question of lesson.quiz) {
		for (const choice of question.choices) {
			if (choice.explanation) await expect(page.locator('main')).not.toContainText(choice.explanation);
		}
	}
	await expect(page.getByRole('heading', { name: 'My notes' })).toBeVisible();
	await expect(page.locator('.write-lines__line').first()).toBeVisible();
	// Every element of the lesson is shown.
	const hidden = await page.locator('main *').evaluateAll((els) => els.filter((el) => !(el as HTMLElement).closest('svg') && (el as HTMLElement).offsetParent === null && getComputedStyle(el).position !== 'fixed').map((el) => el.outerHTML.slice(0, 80)));
	expect(hidden).toEqual([]);
});

test('handouts render to PDF with a sensible number of pages, large print taking more', async ({ page }, testInfo) => {
	test.setTimeout(180_000);
	const counts: Record<string, number> = {};
	const print = async (path: string) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		counts[path] = pageCount(await page.pdf({ format: 'A4' }));
		return counts[path]!;
	};
	const standard = await print(lesson.handout);
	const large = await print(`${lesson.handout}#large-print`);
	expect(standard).toBeGreaterThanOrEqual(1);
	expect(standard).toBeLessThanOrEqual(20);
	expect(large).toBeGreaterThan(standard);
	// The module handout is one template: its fewest- and most-lessons modules stand for the rest
	// (a PDF costs about a second; built-pages.spec.ts checks every module's handout is a cover, then its lessons).
	const bySize = [...modulesWithLessons()].sort((a, b) => lessonsIn(a) - lessonsIn(b));
	for (const module of new Set([bySize[0]!, bySize.at(-1)!])) {
		const whole = await print(`handouts/${module}/`);
		const wholeLarge = await print(`handouts/${module}/#large-print`);
		// A cover page, then every lesson from a new page.
		expect(whole).toBeGreaterThan(lessonsIn(module));
		expect(wholeLarge).toBeGreaterThan(whole);
	}
	testInfo.annotations.push({ type: 'PDF pages (A4)', description: JSON.stringify(counts) });
	console.log('Handout pages (A4):', counts);
});

test('large print is the same handout at #large-print, with larger type and a way back', async ({ page }) => {
	await page.goto(lesson.handout);
	const size = () => page.locator('.handout__body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	const standard = await size();
	await page.getByRole('link', { name: 'Large print' }).click();
	await expect(page).toHaveURL(/#large-print$/);
	expect(await size()).toBeGreaterThanOrEqual(standard * 1.25);
	await expect(page.getByRole('link', { name: 'Large print' })).toBeHidden();
	await page.getByRole('link', { name: 'Standard print' }).click();
	expect(await size()).toBe(standard);
});
