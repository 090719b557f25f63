import { test, expect } from '../e2e/fixtures';
import { axeLightAndDark } from '../support/components';
import { PROGRESS_KEY, moduleDone, seedProgress } from '../support/progress';

// The quiz in every state, and the progress page's tools in each of theirs, are checked on their
// examples: src/islands/quiz/quiz.component.spec.ts, src/islands/progress/progress.component.spec.ts;
// the certificate in each of its states: src/islands/certificate/certificate.component.spec.ts.
// Light and dark are checked on one load of each state (axeLightAndDark).

test.beforeEach(() => test.setTimeout(120_000));

test('axe finds nothing on the progress page with progress stored, wide and on a phone (lessons as short lists), and with a storage notice', async ({ page }) => {
	await seedProgress(page, await moduleDone(page, 'staying-safe'), 'progress/');
	await expect(page.getByRole('link', { name: 'Certificate for Staying safe online' })).toBeVisible();
	const failures = await axeLightAndDark(page, 'with progress');
	await page.setViewportSize({ width: 360, height: 740 });
	await expect(page.getByRole('link', { name: 'You finished Staying safe online: get your certificate' })).toBeVisible();
	failures.push(...(await axeLightAndDark(page, 'progress at 360 px')));
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.evaluate((key) => localStorage.setItem(key, 'not json'), PROGRESS_KEY);
	await page.goto('./');
	await expect(page.getByText('We found saved progress that we could not read.')).toBeVisible();
	failures.push(...(await axeLightAndDark(page, 'home with a notice')));
	expect(failures).toEqual([]);
});
