import { test, expect } from './fixtures';

test.describe('reading the course', () => {
	test('home -> module -> lesson -> next lesson, with the mouse', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community Digital Skills');
		await page.getByRole('link', { name: 'Staying safe online' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
		await page.locator('.lesson-list__link').first().click();
		await expect(page.locator('.lesson__meta')).toContainText('Lesson 1 of');
		const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
		await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
		await expect(page.locator('.lesson__meta')).toContainText('Lesson 2 of');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle!);
		await expect(page.getByRole('navigation', { name: 'You are here' })).toContainText('Staying safe online');
	});

	test('home -> module -> lesson -> next lesson, with the keyboard alone', async ({ page }) => {
		await page.goto('./');
		const tabTo = async (name: RegExp) => {
			for (let i = 0; i < 60; i++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
				if (name.test(focused)) return;
			}
			throw new Error(`never reached a link named ${name}`);
		};
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
		await tabTo(/^Staying safe online$/);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
		const firstLesson = (await page.locator('.lesson-list__link').first().textContent())!.trim();
		await tabTo(new RegExp(`^${firstLesson}$`));
		await page.keyboard.press('Enter');
		await expect(page.locator('.lesson__meta')).toContainText('Lesson 1 of');
		await tabTo(/^Next/);
		await page.keyboard.press('Enter');
		await expect(page.locator('.lesson__meta')).toContainText('Lesson 2 of');
	});

	test('a lesson shows its questions and objectives first and its key points at the end', async ({ page }) => {
		await page.goto('staying-safe/strong-passwords/');
		const headings = await page.locator('main h2').allTextContents();
		expect(headings[0]).toBe('This lesson answers');
		expect(headings[1]).toBe('You will be able to');
		expect(headings.at(-1)).toBe('Key points');
	});

	test('the text size control changes the text and remembers it', async ({ page }) => {
		await page.goto('./');
		const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
		const before = await size();
		expect(before).toBeGreaterThanOrEqual(18);
		await page.getByRole('button', { name: 'Larger' }).click();
		await expect(page.getByRole('button', { name: 'Larger' })).toHaveAttribute('aria-pressed', 'true');
		expect(await size()).toBeGreaterThan(before * 1.2);
		await page.reload();
		expect(await size()).toBeGreaterThan(before * 1.2);
		await page.getByRole('button', { name: 'Normal' }).click();
		expect(await size()).toBe(before);
	});
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the same reading flow works and every part of a lesson is readable', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('link', { name: 'Staying safe online' }).first().click();
		await page.locator('.lesson-list__link').first().click();
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
		// Without JavaScript the text size buttons stay hidden: they would do nothing.
		await expect(page.getByRole('button', { name: 'Larger' })).toBeHidden();
		// Hints and answers open with a plain <details>.
		const solution = page.locator('details.reveal--solution').first();
		if (await solution.count()) {
			await solution.locator('summary').click();
			await expect(solution.locator('.reveal__body')).toBeVisible();
		}
		await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
		await expect(page.locator('.lesson__meta')).toContainText('Lesson 2 of');
	});
});
