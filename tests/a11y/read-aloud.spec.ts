import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { installFakeSpeech, speech } from '../support/fake-speech';
import { lessonFacts } from '../support/search/lessons';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const lesson = lessonFacts('spot-a-scam').path.slice(1);

async function axe(page: Page, state: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`Listen: axe finds nothing (${colorScheme} mode)`, () => {
		test.use({ colorScheme });
		test.beforeEach(async ({ page }) => {
			test.setTimeout(120_000);
			await installFakeSpeech(page);
		});

		for (const [name, path] of [['lesson', lesson], ['quiz', `${lesson}quiz/`]] as const) {
			test(`on a ${name} page, before, while reading and paused`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
				const failures = await axe(page, 'Listen shown');
				await page.getByRole('button', { name: 'Listen' }).click();
				await expect(page.getByRole('group', { name: 'Read aloud' })).toBeVisible();
				for (let i = 0; i < 4; i++) await speech.finish(page);
				await speech.boundary(page, 0, 3);
				failures.push(...(await axe(page, 'reading')));
				await page.getByRole('button', { name: 'Pause' }).click();
				failures.push(...(await axe(page, 'paused')));
				expect(failures).toEqual([]);
			});
		}
	});
}
