import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { PROGRESS_KEY, moduleDone, seedProgress } from '../support/progress';

// The quiz in every state, and the progress page's tools in each of theirs, are checked on their
// examples: src/islands/quiz/quiz.component.spec.ts, src/islands/progress/progress.component.spec.ts.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axe(page: Page, state: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe finds nothing (${colorScheme} mode)`, () => {
		test.use({ colorScheme });
		test.beforeEach(() => test.setTimeout(120_000));

		test('on the progress page on a phone (lessons as short lists) and on the certificate form', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await seedProgress(page, await moduleDone(page, 'staying-safe'), 'progress/');
			await expect(page.getByRole('link', { name: 'You finished Staying safe online: get your certificate' })).toBeVisible();
			const failures = await axe(page, 'progress at 360 px');
			await page.goto('certificate/staying-safe/');
			await expect(page.getByLabel('Your name, as it should appear on the certificate')).toBeVisible();
			failures.push(...(await axe(page, 'certificate form')));
			expect(failures).toEqual([]);
		});

		test('on the progress page with progress stored (its tools in each state: src/islands/progress/progress.component.spec.ts)', async ({ page }) => {
			await seedProgress(page, await moduleDone(page, 'staying-safe'), 'progress/');
			await expect(page.getByRole('link', { name: 'Certificate for Staying safe online' })).toBeVisible();
			expect(await axe(page, 'with progress')).toEqual([]);
		});

		test('on the certificate page and with storage notices', async ({ page }) => {
			await page.goto('certificate/staying-safe/');
			await expect(page.getByText('You have not finished yet')).toBeVisible();
			const failures = await axe(page, 'certificate not yet');
			await seedProgress(page, await moduleDone(page, 'staying-safe'), 'certificate/staying-safe/');
			await page.getByLabel('Your name, as it should appear on the certificate').fill('Amina Diallo');
			failures.push(...(await axe(page, 'certificate')));
			await page.evaluate((key) => localStorage.setItem(key, 'not json'), PROGRESS_KEY);
			await page.goto('./');
			await expect(page.getByText('We found saved progress that we could not read.')).toBeVisible();
			failures.push(...(await axe(page, 'home with a notice')));
			expect(failures).toEqual([]);
		});
	});
}
