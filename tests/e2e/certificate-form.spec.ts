import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { moduleDone, seedProgress } from '../support/progress';

// The certificate's name form uses the course's shared form styles (styles/forms.css), the same
// as My progress: a label above a 44 px box, and a large checkbox with its label beside it.

const box = async (locator: Locator) => (await locator.boundingBox())!;
const style = (locator: Locator, names: string[]) =>
	locator.evaluate((el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])), names);

for (const size of [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 },
] as const) {
	test(`the name form looks like the course's other forms (${size.width} px)`, async ({ page }) => {
		await page.setViewportSize(size);
		await seedProgress(page, await moduleDone(page, 'staying-safe'), 'certificate/staying-safe/');
		const input = page.getByLabel('Your name, as it should appear on the certificate');
		const label = page.locator('label[for="learner-name"]');
		const checkbox = page.getByRole('checkbox', { name: 'Remember my name on this computer' });
		await expect(input).toBeVisible();

		const field = await box(input);
		expect(field.height).toBeGreaterThanOrEqual(44);
		// The label sits above the box, with space between: not beside it, not touching.
		const labelBox = await box(label);
		expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(field.y - 2);
		expect(Math.abs(labelBox.x - field.x)).toBeLessThanOrEqual(1);
		const tick = await box(checkbox);
		expect(tick.width).toBeGreaterThanOrEqual(24);
		expect(tick.height).toBeGreaterThanOrEqual(24);
		// The checkbox's label is beside it, with a gap.
		const tickLabel = await box(page.locator('label[for="remember-name"]'));
		expect(tickLabel.x).toBeGreaterThanOrEqual(tick.x + tick.width + 4);

		// The same sizes as My progress's own form: the shared-computer checkbox and the code box.
		const certificateLooks = { input: await style(input, ['border-top-width', 'min-height', 'padding-left']), tick: [tick.width, tick.height] };
		await page.goto('progress/');
		const code = page.getByLabel('Or type your progress code');
		await expect(code).toBeVisible();
		const shared = await box(page.getByRole('checkbox', { name: 'This is a shared computer' }));
		expect(certificateLooks.tick).toEqual([shared.width, shared.height]);
		expect(certificateLooks.input).toEqual(await style(code, ['border-top-width', 'min-height', 'padding-left']));
	});
}
