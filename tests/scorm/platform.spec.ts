import { readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { test as base, expect, type FrameLocator, type Page, type Route } from '@playwright/test';
import { courseLessonIds } from '../../src/packaging/scorm/lesson-ids';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/scorm/suspend-data';
import type { ProgressDoc } from '../../src/lib/progress/progress-format';
import { answerQuiz, quizLesson } from '../offline/quiz-lesson';
import { scormZip, startPlatform, type Platform } from '../support/scorm-platform';
import { manifestProblems } from '../support/scorm-manifest-rules';
import { copyProblems, cutOffLoadOfExistingFile, unzipCourse } from '../support/offline-copy';
import { MARKED_DONE, MARK_DONE, doneButton } from '../support/progress';

// The SCORM 1.2 package inside a stand-in learning platform (scorm-again's run-time as window.API,
// the package's launch page in a frame, served over http as a platform serves it).
const lesson = quizLesson();
const lessonIds = courseLessonIds(readFileSync('dist/index.html', 'utf8'));
const expectedScore = String(Math.round((100 * lesson.score) / lesson.total));

interface Setup {
	/** Saved cmi data the platform starts from (scorm-again's loadFromJSON). */
	saved?: Record<string, unknown>;
	/** The shell address to open ("#/module/lesson/"). */
	hash?: string;
	fail?: 'initialize' | 'commit' | 'error-code';
}
interface Cmi {
	suspend_data: string;
	core: { lesson_status: string; lesson_location: string; exit: string; student_name: string; score: { raw: string } };
}

const test = base.extend<{ problems: string[] }, { platform: Platform }>({
	platform: [
		async ({}, use) => {
			const platform = await startPlatform();
			await use(platform);
			await platform.close();
		},
		{ scope: 'worker' },
	],
	problems: async ({}, use) => {
		const problems: string[] = [];
		await use(problems);
		expect(problems, 'no console errors, page errors, failed or outside requests').toEqual([]);
	},
});

async function openPlatform(page: Page, platform: Platform, problems: string[], setup: Setup = {}): Promise<FrameLocator> {
	page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		if (!cutOffLoadOfExistingFile(request.url(), reason, platform.fileOf)) problems.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('request', (request) => !request.url().startsWith(platform.url) && !request.url().startsWith('about:') && problems.push(`outside request: ${request.url()}`));
	await page.addInitScript((s) => {
		(window as unknown as { platformSetup: Setup }).platformSetup = s;
	}, setup);
	await page.goto(`${platform.url}platform.html`);
	return page.frameLocator('#sco').frameLocator('#course-frame');
}

const cmi = (page: Page) => page.evaluate(() => (window as unknown as { platformData(): Cmi }).platformData());
const calls = (page: Page) => page.evaluate(() => (window as unknown as { platformLog: string[] }).platformLog);
const savedDoc = async (page: Page) => {
	const decoded = decodeSuspendData((await cmi(page)).suspend_data);
	return decoded.ok ? decoded.doc : undefined;
};
const heading = (course: FrameLocator) => course.getByRole('heading', { level: 1 });
/** Opens a page of the course as the shell's own address does ("#/module/lesson/"). */
const goTo = (page: Page, path: string) => page.frame({ url: /\/package\/index\.html/ })!.evaluate((hash) => (location.hash = hash), `#/${path}`);

test('the course starts in the platform; a quiz and a lesson done set status, score, location and suspend_data; reopening restores them', async ({ page, platform, problems, browser }) => {
	test.setTimeout(90_000);
	let course = await openPlatform(page, platform, problems, { hash: `#/${lesson.path}`, saved: { core: { student_name: 'Okafor, Ada' } } });
	await expect(heading(course)).toHaveText(lesson.title);
	await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
	expect((await calls(page)).filter((c) => c === 'LMSInitialize')).toHaveLength(1);

	await course.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(heading(course)).toHaveText(`Quiz: ${lesson.title}`);
	await answerQuiz(course, lesson);
	await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(expectedScore);
	await expect.poll(async () => (await cmi(page)).core.lesson_location).toBe(`#/${lesson.quizPath}`);
	expect((await savedDoc(page))?.lessons[lesson.id]).toMatchObject({ done: true, results: { quiz: { best: lesson.score, total: lesson.total } } });
	expect((await cmi(page)).suspend_data).toMatch(/^cds1\./);
	expect((await cmi(page)).core.lesson_status).toBe(lessonIds.length === 1 ? 'completed' : 'incomplete');

	const next = lesson.next!;
	await goTo(page, next.path);
	await expect(heading(course)).toHaveText(next.title);
	await doneButton(course).click();
	await expect.poll(async () => (await savedDoc(page))?.lessons[next.id]?.done).toBe(true);
	await expect.poll(async () => (await cmi(page)).core.lesson_location).toBe(`#/${next.path}`);
	expect((await calls(page)).filter((c) => c === 'LMSCommit').length).toBeGreaterThanOrEqual(3);

	// The learner leaves: the platform closes the course frame. One LMSFinish, with exit "suspend".
	await page.evaluate(() => document.getElementById('sco')!.remove());
	await expect.poll(() => calls(page)).toContain('LMSFinish');
	const saved = await cmi(page);
	expect(saved.core.exit).toBe('suspend');
	expect((await calls(page)).filter((c) => c === 'LMSFinish')).toHaveLength(1);

	// Next visit, on another computer (a fresh browser profile): the platform hands back what it kept.
	const context = await browser.newContext();
	const again = await context.newPage();
	course = await openPlatform(again, platform, problems, {
		saved: { suspend_data: saved.suspend_data, core: { lesson_location: saved.core.lesson_location, lesson_status: saved.core.lesson_status, student_name: 'Okafor, Ada', entry: 'resume' } },
	});
	// It opens at the last page, with the lesson done there and the quiz's best score on its lesson.
	await expect(heading(course)).toHaveText(next.title);
	await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);
	await goTo(again, lesson.path);
	await expect(heading(course)).toHaveText(lesson.title);
	await expect(course.getByText(`Your best quiz score: ${lesson.score} of ${lesson.total}.`)).toBeVisible();
	await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);
	// The platform gets the same score back from the restored progress.
	await expect.poll(async () => (await cmi(again)).core.score.raw).toBe(expectedScore);
	await context.close();
});

test('finishing the last lesson completes the course; the certificate carries the platform\'s learner name', async ({ page, platform, problems }) => {
	test.setTimeout(60_000);
	const allButOne: ProgressDoc = { version: 1, lessons: Object.fromEntries(lessonIds.filter((id) => id !== lesson.id).map((id) => [id, { done: true, results: {} }])) };
	const course = await openPlatform(page, platform, problems, {
		hash: `#/${lesson.quizPath}`,
		saved: { suspend_data: encodeSuspendData(allButOne), core: { student_name: 'Okafor, Ada', lesson_status: 'incomplete' } },
	});
	await expect(heading(course)).toHaveText(`Quiz: ${lesson.title}`);
	await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
	await answerQuiz(course, lesson);
	await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('completed');
	expect((await cmi(page)).core.score.raw).toBe(expectedScore);

	await goTo(page, 'certificate/');
	await expect(course.locator('.certificate__name')).toHaveText('Ada Okafor');
	await expect(course.getByLabel('Your name')).toHaveValue('Ada Okafor');
});

for (const fail of ['initialize', 'commit', 'error-code'] as const) {
	test(`a platform that fails (${fail}) leaves the course usable, with its progress on the computer and a notice`, async ({ page, platform, problems }) => {
		test.setTimeout(60_000);
		const course = await openPlatform(page, platform, problems, { hash: `#/${lesson.quizPath}`, fail });
		await expect(heading(course)).toHaveText(`Quiz: ${lesson.title}`);
		await answerQuiz(course, lesson);
		await expect(course.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
		const notice = page.frameLocator('#sco').getByRole('status');
		await expect(notice).toContainText(fail === 'initialize' ? 'The learning platform did not answer' : 'stopped saving your progress');
		// Another page still knows: the progress is kept on the computer.
		await goTo(page, lesson.path);
		await expect(heading(course)).toHaveText(lesson.title);
		await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);
		if (fail === 'initialize') expect(await calls(page)).not.toContain('LMSCommit');
	});
}

test('a quiz finished while the progress store\'s script is still on its way, then the learner moves on: the result reaches the platform', async ({ page, platform, problems }) => {
	test.setTimeout(60_000);
	// A slow platform: the store's script comes only when released.
	let released = false;
	const held: Route[] = [];
	await page.route('**/lazy/progress-store.js', (route) => (released ? route.fallback() : void held.push(route)));
	const course = await openPlatform(page, platform, problems, { hash: `#/${lesson.quizPath}` });
	await expect(heading(course)).toHaveText(`Quiz: ${lesson.title}`);
	await answerQuiz(course, lesson);
	await expect(course.locator('course-quiz [data-result]')).toContainText('this lesson now counts as done');
	await expect.poll(() => held.length, 'the store\'s script was asked for, and is held').toBeGreaterThan(0);
	await goTo(page, lesson.path);
	await expect(heading(course)).toHaveText(lesson.title);
	released = true;
	await Promise.all(held.splice(0).map((route) => route.fallback().catch(() => undefined)));
	await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);
	await expect(course.getByText(`Your best quiz score: ${lesson.score} of ${lesson.total}.`)).toBeVisible();
	await expect.poll(async () => (await savedDoc(page))?.lessons[lesson.id]).toMatchObject({ done: true, results: { quiz: { best: lesson.score, total: lesson.total, attempts: 1 } } });
	await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(expectedScore);
});

test('outside a platform the package is the offline copy: no notice, no platform calls, progress kept', async ({ page, platform, problems }) => {
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
	await page.goto(`${platform.url}package/index.html#/${lesson.path}`);
	const course = page.frameLocator('#course-frame');
	await expect(heading(course)).toHaveText(lesson.title);
	await doneButton(course).click();
	await expect(doneButton(course)).toHaveAccessibleName(MARKED_DONE);
	await expect(page.locator('#scorm-notice')).toHaveCount(0);
});

test('another learner on the same computer starts from their own progress, not the last learner\'s', async ({ page, platform, problems }) => {
	test.setTimeout(60_000);
	// First learner: marks the lesson done (kept in this browser's storage as well as by the platform).
	let course = await openPlatform(page, platform, problems, { hash: `#/${lesson.path}` });
	await expect(heading(course)).toHaveText(lesson.title);
	await doneButton(course).click();
	await expect.poll(async () => (await savedDoc(page))?.lessons[lesson.id]?.done).toBe(true);
	// Second learner, same browser, nothing saved on the platform yet.
	course = await openPlatform(page, platform, problems, { hash: `#/${lesson.path}` });
	await expect(heading(course)).toHaveText(lesson.title);
	await expect(doneButton(course)).toHaveAccessibleName(MARK_DONE);
	await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
	expect((await savedDoc(page))?.lessons[lesson.id]).toBeUndefined();
});

test('the built package has imsmanifest.xml at its root, following the SCORM 1.2 rules, every file it names in the zip', () => {
	const files = unzipSync(readFileSync(scormZip()));
	const xml = strFromU8(files['imsmanifest.xml']!);
	expect(manifestProblems(xml, Object.keys(files))).toEqual([]);
	const { title } = parse(readFileSync('content/course.yaml', 'utf8')) as { title: string };
	expect(xml).toContain(`<title>${title}</title>`);
});

test('the package follows the offline copy\'s file:// rules: relative addresses, classic scripts, nothing from the internet', () => {
	for (const locale of ['en', 'fr']) {
		const dir = unzipCourse(scormZip(locale));
		try {
			expect(copyProblems(dir), locale).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
});

test('the French package: its own manifest, and the course opens on the French home and reports to the platform', async ({ page, problems }) => {
	const files = unzipSync(readFileSync(scormZip('fr')));
	const xml = strFromU8(files['imsmanifest.xml']!);
	expect(manifestProblems(xml, Object.keys(files))).toEqual([]);
	const { title } = parse(readFileSync('content/fr/course.yaml', 'utf8')) as { title: string };
	expect(xml).toContain(`<title>${title}</title>`);
	expect(Object.keys(files).filter((f) => f.startsWith('course/search/') && !f.startsWith('course/search/fr/'))).toEqual([]);
	const platform = await startPlatform(scormZip('fr'));
	try {
		const course = await openPlatform(page, platform, problems);
		await expect(course.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(heading(course)).toHaveText(title);
		await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
		expect((await calls(page)).filter((c) => c === 'LMSInitialize')).toHaveLength(1);
	} finally {
		await platform.close();
	}
});
