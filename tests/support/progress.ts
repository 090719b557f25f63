import type { FrameLocator, Page } from '@playwright/test';

/** Helpers for browser tests of quizzes and progress. Keys and formats: docs/progress-formats.md. */
export const PROGRESS_KEY = 'cds:progress';
export const SCAM = 'staying-safe/spot-a-scam/';
export const PASSWORDS = 'staying-safe/strong-passwords/';
/** A lesson's quiz has a page of its own, under the lesson's address. */
export const quizOf = (lesson: string) => `${lesson}quiz/`;
export const SCAM_QUIZ = quizOf(SCAM);

/** The lesson's "done" button says its state: the words before and after it is pressed. */
export const MARK_DONE = 'Mark this lesson as done';
export const MARKED_DONE = 'Done — undo';
/** The lesson's "done" button, in either state. */
export const doneButton = (scope: Page | FrameLocator) => scope.getByRole('button', { name: new RegExp(`^(${MARK_DONE}|${MARKED_DONE})$`) });

/** The stored progress document, parsed (null when nothing is stored). */
export async function storedProgress(page: Page, area: 'localStorage' | 'sessionStorage' = 'localStorage'): Promise<{ lessons: Record<string, { done: boolean; results: Record<string, { best: number; total: number }> }> } | null> {
	return page.evaluate(([key, which]) => JSON.parse(window[which as 'localStorage'].getItem(key!) ?? 'null'), [PROGRESS_KEY, area]);
}

/** Every key the course has stored, in both storage areas. */
export async function courseKeys(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[localStorage, sessionStorage].flatMap((area) => Object.keys(area).filter((k) => k.startsWith('cds:'))).sort(),
	);
}

/**
 * Answers every question of the quiz on the page and checks each: right (the choices the page
 * marks correct), or wrong for the question ids listed. Independent of the lesson's wording.
 */
export async function answerQuiz(page: Page, wrong: string[] = []): Promise<void> {
	for (const question of await page.locator('[data-question]').all()) {
		const id = (await question.getAttribute('data-question'))!;
		if (wrong.includes(id)) await question.locator('input:not([data-correct])').first().check();
		else for (const input of await question.locator('input[data-correct]').all()) await input.check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
	}
}

/** Ids of the questions of the quiz on the page, in order. */
export async function questionIds(page: Page): Promise<string[]> {
	return page.locator('[data-question]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.question!));
}

/** Stores a progress document (lessons by id) as if the learner had made it, then reloads. */
export async function seedProgress(page: Page, lessons: Record<string, object>, path = './'): Promise<void> {
	await page.goto(path);
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify({ format: 'cds-progress', version: 1, lessons })]);
	await page.reload();
}

/** The course outline the site embeds (lesson ids, titles, modules), read from the home page. */
export async function readOutline(page: Page): Promise<{ modules: { id: string; title: string; lessons: { id: string; title: string; url: string }[] }[] }> {
	await page.goto('./');
	return page.evaluate(() => JSON.parse(document.getElementById('cds-outline')!.textContent!));
}

/** Progress records with every lesson of a module done. */
export async function moduleDone(page: Page, moduleId: string): Promise<Record<string, object>> {
	return lessonsDone((await readOutline(page)).modules.find((m) => m.id === moduleId)!.lessons);
}

/** Progress records with every lesson given done (on made-up days in November 2026). */
export function lessonsDone(lessons: { id: string }[]): Record<string, object> {
	return Object.fromEntries(lessons.map((l, i) => [l.id, { done: true, doneAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`, results: {} }]));
}
