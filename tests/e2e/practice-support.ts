import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { QuizAnsweredDetail } from '../../src/lib/progress-events';

/**
 * Each practice simulation's own page, and the lesson that links to it (the lesson shows a card,
 * `#practice-<data>`, that opens the page); if one moves, change its line here.
 */
export const PRACTICE_PAGES = {
	inbox: { path: 'staying-safe/spot-a-scam/practice/spot-the-scam/', lesson: 'staying-safe/spot-a-scam/', data: 'spot-the-scam', lessonId: 'spot-a-scam' },
	browser: { path: 'getting-started/use-a-web-browser/practice/browser-basics/', lesson: 'getting-started/use-a-web-browser/', data: 'browser-basics', lessonId: 'use-a-web-browser' },
	form: { path: 'getting-started/online-forms/practice/sign-up-form/', lesson: 'getting-started/online-forms/', data: 'sign-up-form', lessonId: 'online-forms' },
	mouse: { path: 'getting-started/use-a-mouse/practice/mouse-moves/', lesson: 'getting-started/use-a-mouse/', data: 'mouse-moves', lessonId: 'use-a-mouse' },
	keys: { path: 'getting-started/use-a-keyboard/practice/typing-keys/', lesson: 'getting-started/use-a-keyboard/', data: 'typing-keys', lessonId: 'use-a-keyboard' },
} as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on one simulation in its current state, in light and dark mode (legacy mode: in the page itself, no blank page to finish each run; the course has no cross-origin frames). */
export async function expectAccessible(page: Page, selector: string, state: string): Promise<void> {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).setLegacyMode().analyze();
		const found = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`);
		expect(found, `axe, ${state}, ${colorScheme} mode`).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/** Collects every `quiz-answered` event that reaches the document, from the first script on. */
export async function recordCourseEvents(page: Page): Promise<() => Promise<QuizAnsweredDetail[]>> {
	await page.addInitScript(() => {
		const store: unknown[] = [];
		(window as unknown as { __quizAnswered: unknown[] }).__quizAnswered = store;
		document.addEventListener('quiz-answered', (event) => store.push((event as CustomEvent).detail));
	});
	return () => page.evaluate(() => (window as unknown as { __quizAnswered: QuizAnsweredDetail[] }).__quizAnswered);
}

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/**
 * Counts the requests the page makes from now on (the simulations must make none). The header's
 * search box loads its own code when Tab passes through it: that is the search, not the simulation;
 * the progress store loads at the learner's first act (lesson-progress.ts): that is the course;
 * and Chromium fetches the tab's icon (favicon.svg) when it likes, at times after the page is idle:
 * that is the browser.
 */
export function countRequests(page: Page): () => string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (!/\/(search\/(?:[a-z]{2}\/)?[\w-]+\.(js|css)|pagefind\/|lazy\/progress-store\.js$|favicon\.svg$)/.test(request.url())) seen.push(request.url());
	});
	return () => seen;
}

/**
 * Serves the simulations' scripts empty, so a page shows their readable versions with
 * JavaScript on (axe needs JavaScript; the readable version is what a failed script leaves).
 */
export async function withoutPracticeScripts(page: Page): Promise<void> {
	await page.route(/\/_astro\/Practice\w+\.astro_astro_type_script.*\.js$/, (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
}

/** The parts every guided-task practice (mouse, keyboard) shows: the current task, its count and feedback, "Start again". */
export function guidedTaskParts(page: Page, tag: 'practice-mouse' | 'practice-keys') {
	const sim = page.locator(tag);
	const current = sim.locator('[data-task]:not([hidden])');
	return {
		sim,
		current,
		count: sim.locator('[data-task-count]'),
		feedback: sim.locator('[data-task-feedback]'),
		restart: sim.getByRole('button', { name: 'Start again' }),
	};
}

/** The practice browser's parts a test reads and uses (its example and the course's page alike). */
export function browserParts(page: Page) {
	const sim = page.locator('practice-browser');
	return {
		sim,
		address: sim.getByRole('textbox', { name: 'Address bar' }),
		viewport: sim.locator('[data-viewport]'),
		feedback: sim.locator('[data-task-feedback]'),
		count: sim.locator('[data-task-count]'),
		skip: sim.getByRole('button', { name: 'Skip this task' }),
	};
}
