import { installFakeSpeech, speech } from '../support/fake-speech';
import { lessonFacts } from '../support/search/lessons';
import { fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';

const scams = lessonFacts('spot-a-scam');

// The offline copy, from file:// inside index.html's frame: module scripts with src are blocked
// there, so the reader must load as a classic script, and its settings must still be kept.
test('from the offline copy, Listen reads the lesson, highlights it and keeps the settings', async ({ page, copy }) => {
	await installFakeSpeech(page);
	await page.goto(`${fileUrl(copy)}#${scams.path}`);
	const course = page.frameLocator('#course-frame');
	await expect(course.getByRole('heading', { level: 1 })).toHaveText(scams.title);
	await course.getByRole('button', { name: 'Listen' }).click();
	await expect(course.getByRole('group', { name: 'Read aloud' })).toBeVisible();
	const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('spot-a-scam'))!;
	expect(await speech.current(frame)).toBe(scams.title);
	await speech.finish(frame);
	const second = (await speech.current(frame))!;
	expect((await speech.highlights(frame)).sentence).toBe(second.replace(/\s+/g, ' '));
	await course.getByRole('button', { name: 'Next sentence' }).click();
	expect(await speech.current(frame)).not.toBe(second);
	await course.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Faster' });
	expect((await speech.last(frame))!.rate).toBeGreaterThan(1);
	await course.getByRole('button', { name: 'Stop' }).click();
	await expect(course.getByRole('button', { name: 'Listen' })).toBeVisible();
	await course.getByRole('button', { name: 'Listen' }).click();
	expect((await speech.last(frame))!).toMatchObject({ text: scams.title });
	expect((await speech.last(frame))!.rate).toBeGreaterThan(1);
	// Kept on the device: after a reload the reader starts at the learner's speed.
	await page.reload();
	await course.getByRole('button', { name: 'Listen' }).click();
	await expect(course.getByRole('combobox', { name: 'Speed' })).toHaveValue('faster');
	const again = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('spot-a-scam'))!;
	expect((await speech.last(again))!).toMatchObject({ text: scams.title, rate: 1.3 });
});
