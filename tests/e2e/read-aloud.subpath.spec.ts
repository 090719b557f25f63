import { test, expect } from './fixtures';
import { installFakeSpeech, speech } from '../support/fake-speech';
import { lessonFacts } from '../support/search/lessons';

const scams = lessonFacts('spot-a-scam');

// Under the /course/ sub-path: the reader loads from under it and reads the lesson.
test('under a sub-path, Listen loads the reader from there and reads the lesson', async ({ page }) => {
	await installFakeSpeech(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(scams.path.slice(1));
	await page.getByRole('button', { name: 'Listen' }).click();
	await expect(page.getByRole('group', { name: 'Read aloud' })).toBeVisible();
	expect(await speech.current(page)).toBe(scams.title);
	const reader = requests.filter((url) => url.includes('read-aloud'));
	expect(reader.map((url) => new URL(url).pathname).sort()).toEqual(['/course/read-aloud/reader.css', '/course/read-aloud/reader.js']);
	await speech.finish(page);
	expect((await speech.highlights(page)).sentence).toBe((await speech.current(page))!.replace(/\s+/g, ' '));
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
});
