import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { installFakeSpeech, speech, VOICES } from '../support/fake-speech';
import { lessonFacts } from '../support/search/lessons';
import { trainerNoteSnippets } from '../support/trainer-notes';

const scams = lessonFacts('spot-a-scam');
const lesson = scams.path.slice(1);
const quiz = `${lesson}quiz/`;
const practice = `${lesson}practice/spot-the-scam/`;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Presses Listen and waits for the reader (loaded on that first press) to show its controls. */
async function listen(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Listen' }).click();
	await expect(page.getByRole('group', { name: 'Read aloud' })).toBeVisible();
}

test.describe('Listen, with a voice on the computer', () => {
	test.beforeEach(async ({ page }) => installFakeSpeech(page));

	test('reads the lesson in order, a sentence at a time, never hidden answers, notes or navigation', async ({ page }) => {
		await page.goto(lesson);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await listen(page);
		expect(requests.some((url) => url.endsWith('/read-aloud/reader.js'))).toBe(true);
		const spoken = await speech.readAll(page);
		await expect(page.getByRole('status').filter({ hasText: 'Finished reading' })).toBeVisible();
		expect(spoken[0]).toBe(scams.title);
		// In page order: each sentence is found in the lesson's text after the one before.
		const text = squash(await page.locator('article.lesson').evaluate((el) => el.textContent ?? ''));
		let at = 0;
		for (const sentence of spoken) {
			const found = text.indexOf(squash(sentence), at);
			expect(found, `“${sentence}” after position ${at}`).toBeGreaterThanOrEqual(at);
			at = found;
		}
		for (const sentence of spoken) expect(sentence.length).toBeLessThanOrEqual(220);
		const keyPoints = await page.locator('.key-points li').allTextContents();
		expect(squash(spoken.at(-1)!)).toBe(squash(keyPoints.at(-1)!));
		// Steps and figure captions are read.
		const step = squash((await page.locator('article.lesson ol li').first().textContent()) ?? '');
		expect(spoken.some((s) => step.includes(squash(s)))).toBe(true);
		const caption = squash((await page.locator('article.lesson figcaption').first().textContent()) ?? '');
		expect(spoken.some((s) => caption.startsWith(squash(s)))).toBe(true);
		// Never: what closed <details> hold (hints, solutions), navigation, the lesson's meta line, trainer notes.
		const all = squash(spoken.join(' '));
		const hidden = await page.locator('article.lesson details').evaluateAll((els) => els.map((d) => [...d.children].filter((c) => c.tagName !== 'SUMMARY').map((c) => c.textContent ?? '').join(' ')));
		expect(hidden.length).toBeGreaterThan(0);
		for (const answer of hidden) for (const sentence of answer.split(/(?<=[.!?])\s+/).map(squash).filter((s) => s.length > 25)) expect(all).not.toContain(sentence);
		for (const summary of await page.locator('article.lesson details > summary').allTextContents()) expect(spoken.map(squash)).not.toContain(squash(summary));
		for (const note of trainerNoteSnippets()) expect(all).not.toContain(note);
		expect(all).not.toContain(squash((await page.locator('.lesson__meta').textContent()) ?? ''));
		expect(spoken).not.toContain('Listen');
		expect(all).not.toContain('Skip to');
		// When done, Listen is back and has the focus.
		await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
	});

	test('highlights the sentence being read, and the word when the browser reports it', async ({ page }) => {
		await page.goto(lesson);
		await listen(page);
		const first = await speech.current(page);
		expect((await speech.highlights(page)).sentence).toBe(squash(first!));
		await expect(page.locator('.read-aloud-current')).toHaveText(scams.title);
		await speech.finish(page);
		const second = (await speech.current(page))!;
		expect((await speech.highlights(page)).sentence).toBe(squash(second));
		await expect(page.locator('.read-aloud-current')).toHaveCount(1);
		const word = second.split(' ')[1]!;
		await speech.boundary(page, second.indexOf(word));
		expect((await speech.highlights(page)).word).toBe(word);
		await speech.boundary(page, 0, second.split(' ')[0]!.length);
		expect((await speech.highlights(page)).word).toBe(second.split(' ')[0]);
		// The highlight follows the reading down the page.
		for (let i = 0; i < 25; i++) await speech.finish(page);
		const current = page.locator('.read-aloud-current');
		await expect(current).toBeInViewport();
		await page.getByRole('button', { name: 'Stop' }).click();
		expect(await speech.highlights(page)).toEqual({ sentence: '', word: '' });
		await expect(page.locator('.read-aloud-current')).toHaveCount(0);
	});

	test('pause, resume, back and forward, by keyboard, with the state said once', async ({ page }) => {
		await page.goto(lesson);
		await page.getByRole('button', { name: 'Listen' }).focus();
		await page.keyboard.press('Enter');
		const status = page.locator('.read-aloud__status');
		await expect(status).toHaveText('Reading');
		await page.evaluate(() => {
			const el = document.querySelector('.read-aloud__status')!;
			(window as unknown as { __said: string[] }).__said = [];
			new MutationObserver(() => (window as unknown as { __said: string[] }).__said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
		});
		const pause = page.getByRole('button', { name: 'Pause' });
		await expect(pause).toBeFocused();
		expect(await pause.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
		await speech.finish(page);
		await speech.finish(page);
		const third = await speech.current(page);
		await page.keyboard.press('Enter');
		await expect(status).toHaveText('Paused');
		await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
		expect(await speech.current(page)).toBeNull();
		await page.keyboard.press('Space');
		await expect(status).toHaveText('Reading');
		expect(await speech.current(page)).toBe(third);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Back a sentence' })).toBeFocused();
		await page.keyboard.press('Enter');
		const second = (await speech.state(page)).spoken[1]!.text;
		expect(await speech.current(page)).toBe(second);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Next sentence' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		const fourth = await speech.current(page);
		expect(fourth).not.toBe(third);
		await speech.finish(page);
		expect((await speech.state(page)).spoken.at(-2)!.text).toBe(fourth);
		// Said once per change of state, never per sentence.
		expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual(['Paused', 'Reading']);
		await page.keyboard.press('Escape');
		await expect(status).toHaveText('Stopped');
		expect(await speech.current(page)).toBeNull();
		await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
	});

	test('speed and voice: offline voices first, the choice remembered across a reload', async ({ page }) => {
		await page.goto(lesson);
		await listen(page);
		let last = (await speech.last(page))!;
		expect(last).toMatchObject({ voice: 'Local English', rate: 1 });
		const voice = page.getByRole('combobox', { name: 'Voice' });
		await expect(voice.locator('option')).toHaveText(['Local English', 'Online English (needs the internet)']);
		const speed = page.getByRole('combobox', { name: 'Speed' });
		await expect(speed).toHaveValue('normal');
		await speed.selectOption({ label: 'Faster' });
		last = (await speech.last(page))!;
		expect(last.rate).toBeGreaterThan(1);
		expect(last.text).toBe(scams.title);
		await speed.selectOption({ label: 'Slower' });
		expect((await speech.last(page))!.rate).toBeLessThan(1);
		await voice.selectOption({ label: 'Online English (needs the internet)' });
		expect((await speech.last(page))!).toMatchObject({ voice: 'Online English', lang: 'en-US', text: scams.title });
		expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cds:read-aloud')))!)).toEqual({ speed: 'slower', voice: 'urn:online-en' });
		await page.reload();
		await listen(page);
		expect((await speech.last(page))!).toMatchObject({ voice: 'Online English', rate: 0.75 });
		await expect(voice).toHaveValue('urn:online-en');
		await expect(speed).toHaveValue('slower');
	});

	test('a click on a paragraph while listening moves the reading there', async ({ page }) => {
		await page.goto(lesson);
		await listen(page);
		const paragraph = page.locator('.lesson__body > p').nth(2);
		await paragraph.click();
		const current = (await speech.current(page))!;
		expect(squash((await paragraph.textContent()) ?? '').startsWith(squash(current))).toBe(true);
		await expect(paragraph).toHaveClass(/read-aloud-current/);
	});

	test('on the quiz page, reads the questions and their choices, never the answers', async ({ page }) => {
		await page.goto(quiz);
		await listen(page);
		const spoken = (await speech.readAll(page)).map(squash);
		const first = page.locator('[data-question]').first();
		const legend = squash((await first.locator('legend').textContent()) ?? '');
		expect(spoken.join(' ')).toContain(legend.split('?')[0]!.slice(-40));
		const all = spoken.join(' ');
		const choices = await first.locator('label.quiz-c').allTextContents();
		expect(choices.length).toBeGreaterThan(1);
		for (const choice of choices) expect(all).toContain(squash(choice));
		const explanations = await page.locator('.reveal__body li').allTextContents();
		for (const text of explanations) {
			const why = squash(text).replace(/^(Right|Wrong|Correct|Not right)[^A-Z]*/, '');
			const tail = why.slice(-40);
			if (tail.length >= 30) expect(all).not.toContain(tail);
		}
		expect(spoken).not.toContain('Check my answer');
	});

	test('on a practice page, reads the task', async ({ page }) => {
		await page.goto(practice);
		await listen(page);
		const spoken = (await speech.readAll(page)).map(squash).join(' ');
		expect(spoken).toContain(squash((await page.locator('.practice__title').textContent()) ?? ''));
		expect(spoken).toContain(squash((await page.locator('.practice__intro').textContent()) ?? '').slice(0, 40));
	});
});

test('the Listen button waits for a voice: hidden with none, shown when one arrives', async ({ page }) => {
	await installFakeSpeech(page, []);
	await page.goto(lesson);
	await expect(page.locator('h1')).toHaveText(scams.title);
	const listen = page.getByRole('button', { name: 'Listen' });
	await expect(listen).toBeHidden();
	await speech.setVoices(page, VOICES);
	await expect(listen).toBeVisible();
});

test('without speech synthesis, no Listen button', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
	await page.goto(lesson);
	await expect(page.locator('h1')).toHaveText(scams.title);
	await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});

test('without JavaScript, nothing of Listen shows', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of [lesson, quiz, practice]) {
		await page.goto(new URL(path, test.info().project.use.baseURL).href);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
		await expect(page.getByText('Listen', { exact: true })).toBeHidden();
	}
	await context.close();
});
