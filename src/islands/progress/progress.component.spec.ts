// The tools of My progress against their example (examples/progress-tools.astro), without the
// page's long table of every lesson: axe in each state of the tools, light and dark. The progress
// page itself, with its table, keeps its axe run with progress stored (tests/a11y/quiz-progress.spec.ts)
// and its journeys (tests/e2e/progress*.spec.ts, take-progress.spec.ts).
import { test, expect } from '../../../tests/e2e/fixtures';
import { COLOR_SCHEMES, axeProblems, exampleUrl } from '../../../tests/support/components';
import { moduleDone, seedProgress } from '../../../tests/support/progress';

const TOOLS = exampleUrl('progress', 'progress-tools');

for (const colorScheme of COLOR_SCHEMES) {
	test(`axe finds nothing in each state of the progress tools (${colorScheme} mode)`, async ({ page }) => {
		test.setTimeout(120_000); // five axe runs on a busy machine
		await page.emulateMedia({ colorScheme });
		await seedProgress(page, await moduleDone(page, 'staying-safe'), TOOLS);
		await expect(page.getByRole('button', { name: 'Show my progress code' })).toBeVisible();
		const failures = await axeProblems(page, 'with progress');
		await page.getByRole('button', { name: 'Show my progress code' }).click();
		await page.getByLabel('Or type your progress code').fill('1ABC');
		await page.getByRole('button', { name: 'Check my code' }).click();
		await expect(page.locator('[data-error]')).toBeVisible();
		failures.push(...(await axeProblems(page, 'code shown, import error')));
		const code = (await page.locator('[data-code]').textContent())!;
		await page.getByLabel('Or type your progress code').fill(code);
		await page.getByRole('button', { name: 'Check my code' }).click();
		await expect(page.locator('[data-preview]')).toBeVisible();
		failures.push(...(await axeProblems(page, 'import preview')));
		await page.getByLabel('This is a shared computer').check();
		await page.getByRole('button', { name: 'Forget me on this computer' }).click();
		await expect(page.getByRole('button', { name: 'Yes, erase everything' })).toBeVisible();
		failures.push(...(await axeProblems(page, 'shared computer, confirm forget')));
		await page.getByRole('button', { name: 'Yes, erase everything' }).click();
		await expect(page.getByRole('button', { name: 'Yes, erase everything' })).toBeHidden();
		failures.push(...(await axeProblems(page, 'after forget me')));
		expect(failures).toEqual([]);
	});
}
