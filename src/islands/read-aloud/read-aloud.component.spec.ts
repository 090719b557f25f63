// Listen against its examples (examples/short-lesson.astro, examples/short-quiz.astro): axe before,
// while reading (sentence and word highlighted, controls shown) and paused, light and dark. What
// Listen reads on the real course's lesson, quiz and practice pages stays end to end
// (tests/e2e/read-aloud.spec.ts): those checks are about the course's own content.
import { test, expect } from '../../../tests/e2e/fixtures';
import { COLOR_SCHEMES, axeProblems, exampleUrl } from '../../../tests/support/components';
import { installFakeSpeech, speech } from '../../../tests/support/fake-speech';

for (const colorScheme of COLOR_SCHEMES) {
	for (const example of ['short-lesson', 'short-quiz']) {
		test(`axe finds nothing on ${example}, before, while reading and paused (${colorScheme} mode)`, async ({ page }) => {
			test.setTimeout(120_000); // three axe runs on a busy machine
			await installFakeSpeech(page);
			await page.emulateMedia({ colorScheme });
			await page.goto(exampleUrl('read-aloud', example));
			await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
			const failures = await axeProblems(page, 'Listen shown');
			await page.getByRole('button', { name: 'Listen' }).click();
			await expect(page.getByRole('group', { name: 'Read aloud' })).toBeVisible();
			for (let i = 0; i < 2; i++) await speech.finish(page);
			await speech.boundary(page, 0, 3);
			await expect(page.locator('.read-aloud-current')).toHaveCount(1);
			failures.push(...(await axeProblems(page, 'reading')));
			await page.getByRole('button', { name: 'Pause' }).click();
			await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
			failures.push(...(await axeProblems(page, 'paused')));
			expect(failures).toEqual([]);
		});
	}
}
