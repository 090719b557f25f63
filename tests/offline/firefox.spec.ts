import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { cutOffLoadOfExistingFile, fileUrl } from '../support/offline-copy';
import { test, expect } from './fixtures';
import { fillLocalStorage, quizLesson, type QuizLesson } from './quiz-lesson';
import { lessonFacts } from '../support/search/lessons';
import { aFrenchLesson, anEnglishOnlyModule } from '../support/french-pages';

/*
 * Firefox keeps one storage per file:// page: without the shell page, a setting saved on one page
 * is invisible on the next. Playwright cannot download its Firefox here, so puppeteer-core drives
 * Debian's Firefox ESR over WebDriver BiDi. Puppeteer turns security.fileuri.strict_origin_policy
 * off, which would hide the problem: it is set back to true, Firefox's real default.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function launch(profile: string): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		protocol: 'webDriverBiDi',
		headless: true,
		userDataDir: profile,
		extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true },
	});
}

/** Records what would fail a learner's visit: console errors and page errors. */
function guard(page: Page, problems: string[]): void {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error}`));
	page.on('requestfailed', (request) => {
		if (!cutOffLoadOfExistingFile(request.url(), request.failure()?.errorText)) problems.push(`request failed: ${request.url()}`);
	});
}

/** The frame showing a course page whose address ends with `path`, once the page has loaded. */
async function courseFrame(page: Page, path: string): Promise<Frame> {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		const frame = page.frames().find((f) => f.url().endsWith(`/course/${path}`));
		// A frame that does not answer (one a reload left, or a page that is frozen) must not hold this
		// wait past its deadline: give up on it after a second and look again.
		const answer = frame?.evaluate(() => document.readyState === 'complete').catch(() => false);
		const loaded = await Promise.race([answer, new Promise<false>((r) => setTimeout(() => r(false), 1_000))]);
		if (frame && loaded) return frame;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The frame never showed course/${path}`);
}

const state = (frame: Frame | Page) =>
	frame.evaluate(() => ({
		size: document.documentElement.dataset.textSize ?? 'normal',
		storage: document.documentElement.dataset.offlineStorage ?? 'none',
		tipShown: [...document.querySelectorAll<HTMLElement>('[data-offline-notice]')].some((n) => !n.hidden),
	}));

/** What the module page shows of the learner's progress: the bar's words, and the lessons marked "Done". */
const moduleProgress = (frame: Frame) =>
	frame.evaluate(() => ({
		bar: document.querySelector('[data-slot="module-progress"] [data-progress-bar]:not([hidden]) [data-text]')?.textContent ?? '',
		done: [...document.querySelectorAll<HTMLElement>('.lesson-list__item[data-lesson-id]')].filter((item) => item.querySelector('.lesson-list__done:not([hidden])')).map((item) => item.dataset.lessonId),
	}));

/** Answers the quiz of the lesson in the frame as planned (choices by position, from the frontmatter). */
async function answerQuiz(frame: Frame, lesson: QuizLesson): Promise<void> {
	for (const answer of lesson.answers) {
		for (const value of answer.values) await frame.click(`[data-question="${answer.id}"] input[value="${value}"]`);
		// The first touch loads the quiz's checking (Quiz.astro): wait for its button.
		await frame.waitForSelector(`[data-question="${answer.id}"] [data-action="check"]`, { visible: true });
		await frame.click(`[data-question="${answer.id}"] [data-action="check"]`);
	}
	const result = () => frame.evaluate(() => document.querySelector('course-quiz [data-result]')?.textContent ?? '');
	await expect.poll(result).toContain(`You got ${lesson.score} of ${lesson.total} right.`);
}

/** Presses "Mark this lesson as done" and waits until the button says it is done ("Done ✓ — undo"). */
async function markDone(frame: Frame): Promise<void> {
	await frame.waitForSelector('button[data-action="done"]', { visible: true });
	await frame.click('button[data-action="done"]');
	await expect.poll(() => frame.$eval('button[data-action="done"]', (b) => (b as HTMLElement).innerText)).toBe('Done ✓ — undo');
}

test('Firefox ESR: text size and lesson progress carry across pages and a restart through index.html', async ({ copy }) => {
	test.setTimeout(150_000);
	const lesson = quizLesson();
	const other = lesson.module.lessons.find((l) => l.id !== lesson.id)!;
	const inModule = lesson.module.lessons.length;
	const slug = (path: string) => path.split('/').at(-2)!;
	expect(existsSync(FIREFOX), `Firefox ESR at ${FIREFOX} (apt-get install firefox-esr)`).toBe(true);
	const profile = mkdtempSync(join(tmpdir(), 'cds-firefox-profile-'));
	const problems: string[] = [];
	let browser = await launch(profile);
	try {
		let page = await browser.newPage();
		guard(page, problems);
		await page.goto(fileUrl(copy));
		let frame = await courseFrame(page, 'index.html');
		await frame.waitForSelector('[data-module="text-size"]:not([hidden])');
		await frame.click('button[data-size="larger"]');
		await frame.click('.site-nav a[href="glossary/index.html"]');
		frame = await courseFrame(page, 'glossary/index.html');
		await expect.poll(() => state(frame)).toEqual({ size: 'larger', storage: 'shell', tipShown: false });
		expect(page.url()).toMatch(/index\.html#\/glossary\/$/);

		// A quiz passed on one lesson page and another lesson marked done show on the module page.
		await frame.click('.site-nav a[href="../index.html"]');
		frame = await courseFrame(page, 'index.html');
		await frame.click(`a[href="${lesson.module.path}index.html"]`);
		frame = await courseFrame(page, `${lesson.module.path}index.html`);
		await frame.click(`.lesson-list__link[href="${slug(lesson.path)}/index.html"]`);
		frame = await courseFrame(page, `${lesson.path}index.html`);
		await frame.click('a[href="quiz/index.html"]');
		frame = await courseFrame(page, `${lesson.quizPath}index.html`);
		await answerQuiz(frame, lesson);
		await expect.poll(() => frame.$eval('button[data-action="done"]', (b) => (b as HTMLElement).innerText)).toBe('Done ✓ — undo');
		await frame.click('.pager__up a[href="../../index.html"]');
		frame = await courseFrame(page, `${lesson.module.path}index.html`);
		await expect.poll(() => moduleProgress(frame)).toEqual({ bar: `1 of ${inModule} lessons done`, done: [lesson.id] });
		await frame.click(`.lesson-list__link[href="${slug(other.path)}/index.html"]`);
		frame = await courseFrame(page, `${other.path}index.html`);
		await markDone(frame);
		await frame.click('a[href="../index.html"]');
		frame = await courseFrame(page, `${lesson.module.path}index.html`);
		const both = lesson.module.lessons.map((l) => l.id).filter((id) => id === lesson.id || id === other.id);
		await expect.poll(() => moduleProgress(frame)).toEqual({ bar: `2 of ${inModule} lessons done`, done: both });
		await browser.close();

		browser = await launch(profile);
		page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${fileUrl(copy)}#/${lesson.module.path}`);
		frame = await courseFrame(page, `${lesson.module.path}index.html`);
		await expect.poll(() => state(frame)).toEqual({ size: 'larger', storage: 'shell', tipShown: false });
		await expect.poll(() => moduleProgress(frame)).toEqual({ bar: `2 of ${inModule} lessons done`, done: both });
		await frame.click(`.lesson-list__link[href="${slug(lesson.path)}/index.html"]`);
		frame = await courseFrame(page, `${lesson.path}index.html`);
		const best = () => frame.evaluate(() => document.querySelector('[data-best]:not([hidden])')?.textContent ?? '');
		await expect.poll(best).toBe(`Your best quiz score: ${lesson.score} of ${lesson.total}.`);

		// On its own, a page has only its own storage here: it works, and shows the tip.
		await page.goto(fileUrl(copy, 'course/about/index.html'));
		expect(await state(page)).toEqual({ size: 'normal', storage: 'none', tipShown: true });
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	expect(problems).toEqual([]);
});

test('Firefox ESR: the French zip, from a French lesson to a module shown in English and back home, with one storage', async ({ frenchCopy }) => {
	test.setTimeout(90_000);
	const lesson = aFrenchLesson(join(frenchCopy, 'course'));
	const englishOnly = anEnglishOnlyModule();
	const profile = mkdtempSync(join(tmpdir(), 'cds-firefox-profile-'));
	const problems: string[] = [];
	const browser = await launch(profile);
	try {
		const page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${fileUrl(frenchCopy)}#${lesson.fr}`);
		let frame = await courseFrame(page, `${lesson.fr.slice(1)}index.html`);
		expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.offlineStorage, !!document.querySelector('article.lesson'), !!document.querySelector('a[data-lang-switch]')])).toEqual(['fr', 'shell', true, false]);
		await frame.waitForSelector('[data-module="text-size"]:not([hidden])');
		await frame.click('button[data-size="larger"]');
		// The English page of a module the French edition shows in English: the same storage (the shell's).
		await page.goto(`${fileUrl(frenchCopy)}#${englishOnly}`);
		frame = await courseFrame(page, `${englishOnly.slice(1)}index.html`);
		expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
		await expect.poll(() => state(frame)).toEqual({ size: 'larger', storage: 'shell', tipShown: false });
		// Its home link leads to the French home, the zip's own.
		await frame.click('.site-header__title');
		frame = await courseFrame(page, 'fr/index.html');
		expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	expect(problems).toEqual([]);
});

test('Firefox ESR: search answers from the offline index inside index.html', async ({ copy }) => {
	test.setTimeout(90_000);
	const passwords = lessonFacts('strong-passwords');
	const profile = mkdtempSync(join(tmpdir(), 'cds-firefox-profile-'));
	const problems: string[] = [];
	const browser = await launch(profile);
	try {
		const page = await browser.newPage();
		guard(page, problems);
		const firstHit = (frame: Frame) => frame.evaluate(() => document.querySelector('.search-hit__link')?.textContent?.trim() ?? '');
		// The header box on the home page, with a typo.
		await page.goto(fileUrl(copy));
		let frame = await courseFrame(page, 'index.html');
		await frame.type('.site-header input[type="search"]', 'pasword');
		await expect.poll(() => firstHit(frame), { timeout: 20_000 }).toBe(passwords.title);
		// The search page, from the address.
		await page.goto(`${fileUrl(copy)}#/search/?q=passphrase`);
		frame = await courseFrame(page, 'search/index.html?q=passphrase');
		await expect.poll(() => firstHit(frame), { timeout: 20_000 }).toBe(passwords.title);
		await frame.click('.search-hit__link');
		frame = await courseFrame(page, `${passwords.path.slice(1)}index.html`);
		expect(await frame.$eval('h1', (h) => h.textContent)).toBe(passwords.title);
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	expect(problems).toEqual([]);
});

// This test once hung past its 90 s in about 1 of 4 full runs. Its step log found why: the page
// froze after "done", as page and shell passed "failed" and "write again" to each other without
// end (fixed in ProgressStore.recheck). The log stays, for whatever a failed run meets next.
test.describe('Firefox ESR with the shell\'s storage full', () => {
	// Each step's time since the start, printed only when a run fails: the report of a hang in a
	// full run then says which step never ended (the browser's start, the fill, a frame, the close).
	let steps: string[] = [];
	let started = 0;
	const step = (name: string) => steps.push(`${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);
	test.beforeEach(() => {
		steps = [];
		started = Date.now();
	});
	test.afterEach(({}, testInfo) => {
		if (testInfo.status !== testInfo.expectedStatus) console.log(`Steps of the failed run (attempt ${testInfo.retry + 1}):\n${steps.join('\n')}`);
	});
	test('Firefox ESR: with the shell\'s storage full, a lesson marked done says so, and the mark is kept', async ({ copy }) => {
		test.setTimeout(90_000);
		const lesson = quizLesson();
		const profile = mkdtempSync(join(tmpdir(), 'cds-firefox-profile-'));
		const problems: string[] = [];
		step('launching Firefox');
		const browser = await launch(profile);
		step('Firefox started');
		const notice = (frame: Frame) => frame.evaluate(() => !(document.querySelector('[data-notice="quota"]') as HTMLElement | null)?.hidden);
		try {
			const first = await browser.newPage();
			guard(first, problems);
			await first.goto(`${fileUrl(copy)}#/${lesson.path}`);
			await courseFrame(first, `${lesson.path}index.html`);
			// The visit reaches the shell a moment after the page shows: fill only once it is saved, or
			// there is no copy for the essentials to take the place of.
			await expect.poll(() => first.evaluate(() => localStorage.getItem('cds:progress') !== null)).toBe(true);
			step('visit saved; filling the storage');
			// The shell (the top page) keeps the values: fill its storage with another site's data, to the last character.
			await first.evaluate(fillLocalStorage);
			step('storage full');
			// Then the course again, in a new tab, as a learner opening it the next day would.
			await first.close();
			step('first tab closed');
			const page = await browser.newPage();
			guard(page, problems);
			await page.goto(`${fileUrl(copy)}#/${lesson.path}`);
			let frame = await courseFrame(page, `${lesson.path}index.html`);
			step('lesson shown in a new tab');
			await markDone(frame);
			step('marked done');
			await expect.poll(() => notice(frame)).toBe(true);
			await frame.click('.pager__up a[href="../index.html"]');
			frame = await courseFrame(page, `${lesson.module.path}index.html`);
			step('module page shown');
			await expect.poll(() => moduleProgress(frame)).toEqual({ bar: `1 of ${lesson.module.lessons.length} lessons done`, done: [lesson.id] });
			// Here the essentials (the lesson done, without the visit record) took the place of the
			// visit saved before the storage filled up: the mark is kept in the shell's storage itself.
			expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cds:progress')))!).lessons[lesson.id].done).toBe(true);
		} finally {
			step('closing Firefox');
			await browser.close();
			step('Firefox closed');
			rmSync(profile, { recursive: true, force: true });
		}
		expect(problems).toEqual([]);
	});
});
