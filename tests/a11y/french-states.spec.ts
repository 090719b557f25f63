import { test, expect } from '../e2e/fixtures';
import { PROGRESS_KEY } from '../support/progress';
import { aFrenchLesson } from '../support/french-pages';
import { axeProblems } from '../support/components';

// French pages share their templates with the English ones (representative-pages.spec.ts checks
// each template once, a French page where it shows something the English ones lack); these
// are the French states that need a learner's actions first: an answered quiz, My progress with
// progress in it, a certificate earned, the French 404 page, and the one-line offer of French.
// Selectors, not words: the French dictionary may change the words.
const lesson = aFrenchLesson();

const axe = axeProblems;

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on French pages after a learner acts (${colorScheme})`, async ({ page, guards }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		await page.goto(`.${lesson.fr}quiz/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		for (const question of await page.locator('[data-question]').all()) {
			await question.locator('input:not([data-correct])').first().check();
			await question.locator('[data-action="check"]').click();
		}
		await expect(page.locator('course-quiz [data-result]')).not.toBeEmpty();
		const failures = await axe(page, 'quiz answered');

		const id = (await page.locator('[data-lesson-id]').first().getAttribute('data-lesson-id'))!;
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify({ format: 'cds-progress', version: 1, lessons: { [id]: { done: true, doneAt: '2026-11-10T10:00:00.000Z', results: {} } } })]);
		await page.goto('./fr/progress/');
		await expect(page.locator('.progress-overview')).toBeVisible();
		failures.push(...(await axe(page, 'progress with data')));

		const module = lesson.fr.split('/')[2];
		await page.goto(`./fr/certificate/${module}/`);
		failures.push(...(await axe(page, 'certificate')));

		await page.goto('./fr/404.html');
		failures.push(...(await axe(page, '404')));
		expect(failures).toEqual([]);
		guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !p.includes('404')));
	});
}

test.describe('the offer of French', () => {
	test.use({ locale: 'fr-FR' });
	test('passes axe, light and dark', async ({ page }) => {
		const failures: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto('./');
			await expect(page.locator('aside.lang-offer')).toBeVisible();
			failures.push(...(await axe(page, `offer (${colorScheme})`)));
		}
		expect(failures).toEqual([]);
	});
});
