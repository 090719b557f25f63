import { test, expect } from './fixtures';
import { loadContent } from '../../src/content-layer/load-content';
import { formatDuration } from '../../src/i18n/duration';

// Minutes totals read as hours and minutes in words ("about 5 hours 55 minutes"), the same on
// the learners' pages and the trainers' ones; never "355 minutes" or "5 h 55 min".

const content = loadContent();
const minutesOf = (moduleId: string) => content.lessons.filter((l) => l.data.module === moduleId).reduce((sum, l) => sum + l.data.minutes, 0);
const staying = minutesOf('staying-safe');

test('a module of more than an hour says so in hours and minutes, wherever its time is shown', async ({ page }) => {
	expect(staying).toBeGreaterThan(60);
	const words = `about ${formatDuration(staying)}`;
	expect(words).toMatch(/^about \d+ hours?( \d+ minutes?)?$/);
	await page.goto('staying-safe/');
	await expect(page.getByRole('main')).toContainText(words);
	await page.goto('./');
	await expect(page.locator('.card[data-module-id="staying-safe"]')).toContainText(words);
	await page.goto('start/new-to-the-internet/');
	await expect(page.getByRole('main')).toContainText(words);
	await page.goto('trainers/');
	await expect(page.getByRole('row', { name: /Staying safe online/ })).toContainText(formatDuration(staying));
});

for (const path of ['./', 'start/new-to-the-internet/', 'staying-safe/', 'staying-safe/spot-a-scam/', 'trainers/', 'trainers/staying-safe/', 'handouts/staying-safe/', 'present/staying-safe/', 'progress/']) {
	test(`no minutes total of an hour or more, and no "h"/"min", on ${path}`, async ({ page }) => {
		await page.goto(path);
		const text = await page.locator('body').innerText();
		const long = [...text.matchAll(/\b(\d+) minutes\b/g)].filter((m) => Number(m[1]) >= 60).map((m) => m[0]);
		expect(long).toEqual([]);
		expect(text.match(/\b\d+ h\b|\b\d+ min\b/g) ?? []).toEqual([]);
	});
}

test('a lesson of less than an hour still reads "25 minutes"', async ({ page }) => {
	const lesson = content.lessons.find((l) => l.data.id === 'spot-a-scam')!;
	expect(lesson.data.minutes).toBeLessThan(60);
	await page.goto('staying-safe/spot-a-scam/');
	await expect(page.locator('.lesson__meta')).toContainText(`${lesson.data.minutes} minutes`);
});
