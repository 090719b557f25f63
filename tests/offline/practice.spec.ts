import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';
import { PRACTICE_PAGES } from '../e2e/practice-support';

// The move practices (mouse, keyboard) from file://: their script is bundled into a classic
// script by the offline step, and they work there with no server and no request.
for (const kind of ['mouse', 'keys'] as const) {
	test(`the ${kind} practice works in the offline copy`, async ({ page, copy, problems }) => {
		const { path } = PRACTICE_PAGES[kind];
		await page.goto(fileUrl(copy, `course/${path}index.html`));
		const sim = page.locator(`practice-${kind}`);
		await expect(sim).toHaveAttribute('data-ready', '');
		await expect(sim.locator('[data-task-count]')).toHaveText('Task 1 of 5');
		const current = sim.locator('[data-task]:not([hidden])');
		if (kind === 'mouse') await current.locator('[data-target]').click();
		else await current.getByRole('textbox').fill('Sam Lee');
		await expect(sim.locator('[data-task-count]')).toHaveText('Task 2 of 5');
		await sim.getByRole('button', { name: 'Start again' }).click();
		await expect(sim.locator('[data-task-count]')).toHaveText('Task 1 of 5');
		expect(problems).toEqual([]);
	});
}
