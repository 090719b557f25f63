import type { Page } from '@playwright/test';

/** Helpers for browser tests of quizzes and progress. Keys and formats: docs/progress-formats.md. */
export const PROGRESS_KEY = 'cds:progress';
export const SCAM = 'staying-safe/spot-a-scam/';
export const PASSWORDS = 'staying-safe/strong-passwords/';

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

/** Answers every question of the spot-a-scam quiz right, except those listed. */
export async function answerScamQuiz(page: Page, wrong: string[] = []): Promise<void> {
	const answers: Record<string, { right: string[]; wrong: string }> = {
		'parcel-text': { right: ['Delete it, then check'], wrong: 'Tap the link and pay' },
		'bank-call': { right: ['Hang up, then call the number'], wrong: 'Move the money quickly' },
		'warning-signs': { right: ['You must act right now', 'They want to be paid with gift cards', 'You won a prize'], wrong: 'The message uses your first name' },
		'cloned-voice': { right: ['False'], wrong: 'True' },
	};
	for (const [id, answer] of Object.entries(answers)) {
		const question = page.locator(`[data-question="${id}"]`);
		for (const label of wrong.includes(id) ? [answer.wrong] : answer.right) await question.getByLabel(label, { exact: label.length <= 5 }).check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
	}
}

/** Stores a progress document (lessons by id) as if the learner had made it, then reloads. */
export async function seedProgress(page: Page, lessons: Record<string, object>, path = './'): Promise<void> {
	await page.goto(path);
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify({ format: 'cds-progress', version: 1, lessons })]);
	await page.reload();
}

export const BOTH_DONE = {
	'strong-passwords': { done: true, doneAt: '2026-11-20T10:00:00.000Z', results: {} },
	'spot-a-scam': { done: true, doneAt: '2026-11-21T10:00:00.000Z', results: { quiz: { best: 4, total: 4, attempts: 1 } } },
};
