import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MARKED_DONE, MARK_DONE, PASSWORDS, SCAM, SCAM_QUIZ, doneButton, seedProgress, storedProgress } from '../support/progress';
import { PRACTICE_PAGES } from './practice-support';

// Issue #24, "the first hour of a first-time learner": a library screen (1280x800), a phone
// (360x740) and 200 % zoom on that library screen, which gives the page 640x400 CSS pixels
// (emulated here as that viewport with deviceScaleFactor 2, as the browser's zoom does).
const LIBRARY = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 360, height: 740 } };
const ZOOM_200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };
const MODULE = 'staying-safe/';

/** Fails unless the element lies wholly inside the first screen (the page not scrolled). */
async function expectInFirstScreen(page: Page, locator: Locator): Promise<void> {
	const box = (await locator.boundingBox())!;
	const { height } = page.viewportSize()!;
	expect(box, 'the element is shown').not.toBeNull();
	expect(box.y, 'its top is in the first screen').toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `its bottom (${Math.round(box.y + box.height)} px) is in the first screen (${height} px)`).toBeLessThanOrEqual(height);
}

/** The module's lessons as its page lists them: id, title and address. */
async function moduleLessons(page: Page): Promise<{ id: string; title: string; href: string }[]> {
	return page.locator('.lesson-list__item').evaluateAll((items) =>
		items.map((item) => {
			const link = item.querySelector<HTMLAnchorElement>('.lesson-list__link')!;
			return { id: (item as HTMLElement).dataset.lessonId!, title: link.textContent!.trim(), href: link.href };
		}),
	);
}

const startLink = (page: Page) => page.getByRole('link', { name: /^(Start lesson|Continue with lesson|All done)/ });

test.describe('a module page: the way in is in the first screen', () => {
	for (const [name, size] of [['1280x800', LIBRARY], ['360x740', PHONE]] as const) {
		test.describe(name, () => {
			test.use(size);
			test('"Start lesson 1" leads to lesson 1', async ({ page }) => {
				await page.goto(MODULE);
				const [first] = await moduleLessons(page);
				await expect(startLink(page)).toHaveText(`Start lesson 1: ${first!.title}`);
				await expectInFirstScreen(page, startLink(page));
				await startLink(page).click();
				await expect(page).toHaveURL(first!.href);
			});
		});
	}

	test('with lessons 1 and 2 done, it continues with lesson 3; with all done, it says so', async ({ page }) => {
		await page.goto(MODULE);
		const lessons = await moduleLessons(page);
		const done = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { done: true, doneAt: '2026-11-10T10:00:00.000Z', results: {} }]));
		await seedProgress(page, done(lessons.slice(0, 2).map((l) => l.id)), MODULE);
		await expect(startLink(page)).toHaveText(`Continue with lesson 3: ${lessons[2]!.title}`);
		await expectInFirstScreen(page, startLink(page));
		// Done out of order (lessons 1 and 3): the first lesson not done yet.
		await seedProgress(page, done([lessons[0]!.id, lessons[2]!.id]), MODULE);
		await expect(startLink(page)).toHaveText(`Continue with lesson 2: ${lessons[1]!.title}`);
		await seedProgress(page, done(lessons.map((l) => l.id)), MODULE);
		await expect(startLink(page)).toHaveText(`All done. Look again at lesson 1: ${lessons[0]!.title}`);
		await expect(page.getByText('You have done every lesson of this module.')).toBeVisible();
		await seedProgress(page, done(lessons.slice(0, 2).map((l) => l.id)), MODULE);
		await startLink(page).click();
		await expect(page).toHaveURL(lessons[2]!.href);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false, ...PHONE });
		test('it is a plain link to lesson 1, in the first screen', async ({ page }) => {
			await page.goto(MODULE);
			const [first] = await moduleLessons(page);
			await expect(startLink(page)).toHaveAttribute('href', /\/staying-safe\/[^/]+\/$/);
			await expectInFirstScreen(page, startLink(page));
			await startLink(page).click();
			await expect(page).toHaveURL(first!.href);
		});
	});
});

/**
 * Sum of the layout shifts seen since the page began to load, and what moved (tag, class, the
 * boxes before and after), for the failure message: a rare shift in a full run then says its cause.
 */
async function watchLayoutShifts(page: Page): Promise<() => Promise<{ total: number; moved: string[] }>> {
	await page.addInitScript(() => {
		type Shift = { value: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
		const holder = window as unknown as { __shift: { total: number; moved: string[] } };
		holder.__shift = { total: 0, moved: [] };
		const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as Shift[]) {
				holder.__shift.total += entry.value;
				for (const s of entry.sources ?? []) {
					const node = s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : (s.node?.nodeName ?? 'a node gone');
					holder.__shift.moved.push(`${node}: ${box(s.previousRect)} -> ${box(s.currentRect)} (${entry.value.toFixed(3)})`);
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { __shift: { total: number; moved: string[] } }).__shift);
}

const LINKS = ['Home', 'My progress', 'Words explained', 'For trainers'];
const header = (page: Page) => page.locator('.site-header');
const menuButton = (page: Page) => header(page).locator('summary', { hasText: 'Menu' });

test.describe('the header on small screens takes at most a quarter of the first screen, and nothing is lost', () => {
	for (const [name, size] of [['a phone, 360x740', PHONE], ['200 % zoom, 640x400 CSS px', ZOOM_200]] as const) {
		test.describe(name, () => {
			test.use(size);

			test('a quarter at most, on the home, module, lesson and quiz pages, with no shift as the page loads', async ({ page }) => {
				const shifts = await watchLayoutShifts(page);
				for (const path of ['./', MODULE, SCAM, SCAM_QUIZ]) {
					await page.goto(path);
					// The text-size buttons are shown by their script: wait for it, then measure.
					await expect(page.locator('.text-size')).toHaveCount(1);
					await page.waitForLoadState('load');
					const box = (await header(page).boundingBox())!;
					expect(box.height / size.viewport.height, `header ${Math.round(box.height)} px of ${size.viewport.height} on ${path}`).toBeLessThanOrEqual(0.25);
					const { total, moved } = await shifts();
					expect(total, `layout shift on ${path}: ${moved.join('; ')}`).toBeLessThan(0.01);
				}
			});

			test('"Menu" opens the four links and the text size, by mouse', async ({ page }) => {
				await page.goto(SCAM);
				const nav = page.getByRole('navigation', { name: 'Main' });
				await expect(nav.getByRole('link', { name: 'My progress' })).toBeHidden();
				await menuButton(page).click();
				for (const name of LINKS) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
				await page.getByRole('button', { name: 'Larger' }).click();
				await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
				await nav.getByRole('link', { name: 'Words explained' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Words explained');
			});

			test('"Menu" opens and its links are reached with the keyboard', async ({ page }) => {
				await page.goto(SCAM);
				await menuButton(page).focus();
				await page.keyboard.press('Enter');
				const nav = page.getByRole('navigation', { name: 'Main' });
				await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
				await page.keyboard.press('Tab');
				await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
				await menuButton(page).focus();
				await page.keyboard.press('Space');
				await expect(nav.getByRole('link', { name: 'Home' })).toBeHidden();
			});

			test('the search box is in view or one tap away, with a visible label', async ({ page }) => {
				await page.goto(SCAM);
				const box = page.getByRole('searchbox', { name: 'Search the course' });
				if (!(await box.isVisible())) {
					await header(page).locator('summary', { hasText: 'Search' }).click();
					await expect(box).toBeFocused();
				}
				await expect(box).toBeVisible();
				// Seen, not only there for screen readers (a visually hidden label is 1 px).
				const label = (await header(page).getByText('Search the course', { exact: true }).boundingBox())!;
				expect(label.width).toBeGreaterThan(50);
				await box.fill('scam text');
				await box.press('Enter');
				await expect(page).toHaveURL(/search\/\?q=scam\+text/);
			});
		});
	}

	test.describe('without JavaScript, on a phone', () => {
		test.use({ javaScriptEnabled: false, ...PHONE });
		test('"Menu" still opens the links', async ({ page }) => {
			await page.goto(SCAM);
			await menuButton(page).click();
			for (const name of LINKS) await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeVisible();
			await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeVisible();
		});
	});

	test.describe('on a library screen, 1280x800', () => {
		test.use(LIBRARY);
		test('nothing is folded: the links, text size and search box are in view, no "Menu"', async ({ page }) => {
			await page.goto(SCAM);
			await expect(header(page).locator('summary')).toHaveCount(2);
			for (const summary of await header(page).locator('summary').all()) await expect(summary).toBeHidden();
			for (const name of LINKS) await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Larger' })).toBeVisible();
			await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeVisible();
			await expect(header(page).getByText('Search the course', { exact: true })).toBeVisible();
			const box = (await header(page).boundingBox())!;
			expect(box.height).toBeLessThanOrEqual(0.2 * 800);
		});

		test('the header does not move the page as it loads', async ({ page }) => {
			const shifts = await watchLayoutShifts(page);
			for (const path of ['./', MODULE, SCAM, SCAM_QUIZ]) {
				await page.goto(path);
				await expect(page.getByRole('button', { name: 'Larger' })).toBeVisible();
				await page.waitForLoadState('load');
				const { total, moved } = await shifts();
				expect(total, `layout shift on ${path}: ${moved.join('; ')}`).toBeLessThan(0.01);
			}
		});
	});
});

test.describe('the quiz within reach, 1280x800', () => {
	test.use(LIBRARY);

	test('a lesson shows the way to its quiz in the first screen', async ({ page }) => {
		await page.goto(SCAM);
		const cue = page.getByRole('link', { name: 'check what you learned' });
		await expect(page.locator('.lesson__quiz-cue')).toHaveText('When you are ready: check what you learned');
		await expectInFirstScreen(page, cue);
		await cue.click();
		await expect(page).toHaveURL(new RegExp(`${SCAM_QUIZ}$`));
	});

	for (const path of [SCAM_QUIZ, 'getting-started/email-basics/quiz/']) {
		test(`the first question's first choice is in the first screen: ${path}`, async ({ page }) => {
			await page.goto(path);
			await expectInFirstScreen(page, page.locator('[data-question]').first().locator('.quiz-c').first());
		});
	}
});

test.describe('quiz controls: one clear action at a time', () => {
	const actions = (page: Page) => page.locator('[data-question]').first().locator('button[data-action]:visible');

	test('"Check my answer" or "Try again", never both', async ({ page }) => {
		await page.goto(SCAM_QUIZ);
		const question = page.locator('[data-question]').first();
		await question.locator('input').first().focus();
		await expect(actions(page)).toHaveText(['Check my answer']);
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toHaveText('Choose an answer first, then check it.');
		await expect(actions(page)).toHaveText(['Check my answer']);
		await question.locator('input:not([data-correct])').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(actions(page)).toHaveText(['Try again']);
		// Changing the answer instead of pressing "Try again" brings "Check my answer" back.
		await question.locator('input[data-correct]').check();
		await expect(actions(page)).toHaveText(['Check my answer']);
		await question.locator('input:not([data-correct])').first().check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await question.getByRole('button', { name: 'Try again' }).click();
		await expect(actions(page)).toHaveText(['Check my answer']);
		await question.locator('input[data-correct]').check();
		await question.getByRole('button', { name: 'Check my answer' }).click();
		await expect(question.getByRole('status')).toContainText('Right.');
		await expect(actions(page)).toHaveText(['Check my answer']);
	});

	test('the feedback says "Right" once, on every question', async ({ page }) => {
		await page.goto(SCAM_QUIZ);
		for (const question of await page.locator('[data-question]').all()) {
			for (const input of await question.locator('input[data-correct]').all()) await input.check();
			await question.getByRole('button', { name: 'Check my answer' }).click();
			const feedback = question.getByRole('status');
			await expect(feedback).toContainText('Right.');
			expect(await feedback.textContent()).not.toMatch(/Right:[^]*\b(Right|Correct|Yes|True)\./);
		}
	});

	test('the done button says it is done, and can be undone', async ({ page }) => {
		await page.goto(PASSWORDS);
		const button = doneButton(page);
		await expect(button).toHaveAccessibleName(MARK_DONE);
		await button.click();
		await expect(button).toHaveAccessibleName(MARKED_DONE);
		await expect(button).toHaveText('Done ✓ — undo', { useInnerText: true });
		await expect.poll(async () => (await storedProgress(page))?.lessons['strong-passwords']?.done).toBe(true);
		await button.click();
		await expect(button).toHaveText(MARK_DONE, { useInnerText: true });
		await expect.poll(async () => (await storedProgress(page))?.lessons['strong-passwords']?.done).toBe(false);
	});
});

test.describe('small defects', () => {
	for (const [name, size] of [['1280x800', LIBRARY], ['360x740', PHONE]] as const) {
		test.describe(name, () => {
			test.use(size);

			test('lesson lists keep "25 minutes" in one piece, on the title\'s first line', async ({ page }) => {
				await page.goto(MODULE);
				for (const item of await page.locator('.lesson-list__item').all()) {
					const title = (await item.locator('.lesson-list__link').boundingBox())!;
					const minutes = (await item.locator('.lesson-list__meta').boundingBox())!;
					const lineHeight = await item.locator('.lesson-list__meta').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
					expect(minutes.height, 'one line').toBeLessThan(lineHeight * 1.5);
					expect(minutes.y, 'on the title\'s first line').toBeLessThan(title.y + lineHeight);
					expect(minutes.x, 'beside the title').toBeGreaterThan(title.x);
				}
			});

			test('the breadcrumb\'s current page takes one line at most', async ({ page }) => {
				for (const path of [SCAM, SCAM_QUIZ]) {
					await page.goto(path);
					const current = page.locator('.breadcrumb [aria-current="page"]');
					const lineHeight = await current.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
					expect((await current.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
				}
				// The quiz's four steps take two lines at most, even on a phone.
				const link = (await page.locator('.breadcrumb li').first().boundingBox())!;
				expect((await page.locator('.breadcrumb ol').boundingBox())!.height).toBeLessThanOrEqual(2 * link.height + 8);
			});
		});
	}

	test.describe('1280x800', () => {
		test.use(LIBRARY);

		test('the breadcrumb of a quiz is one line', async ({ page }) => {
			await page.goto(SCAM_QUIZ);
			// Links and the current page differ in height (links have room around them): compare middles.
			const middles = await page.locator('.breadcrumb li').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2));
			expect(Math.max(...middles) - Math.min(...middles), `middles ${middles.join(', ')}`).toBeLessThan(4);
		});

		test('the footer\'s links sit on one line, "For trainers" unbroken', async ({ page }) => {
			await page.goto('about/');
			const links = page.locator('.site-footer__links li');
			const boxes = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), height: r.height })));
			expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
			const trainers = page.locator('.site-footer').getByRole('link', { name: 'For trainers' });
			const lineHeight = await trainers.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
			expect((await trainers.boundingBox())!.height).toBeLessThan(lineHeight * 2);
		});

		test('the header search box has a visible label', async ({ page }) => {
			await page.goto(SCAM);
			const label = page.locator('.site-header label[for="header-search-q"]');
			await expect(label).toBeVisible();
			await expect(label).toHaveText('Search the course');
			expect(await label.evaluate((el) => getComputedStyle(el).clip + getComputedStyle(el).clipPath)).not.toContain('inset');
		});
	});

	test.describe('a short page in a tall window', () => {
		test.use({ viewport: { width: 1280, height: 2400 } });
		test('the footer reaches the bottom of the window: no empty band under it', async ({ page }) => {
			await page.goto('about/');
			const footer = (await page.locator('.site-footer').boundingBox())!;
			expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(2400);
			expect(Math.round(footer.y + footer.height)).toBe(2400);
		});
	});

	test('practice headings read "Your task", then "Task 1 of N", apart', async ({ page }) => {
		for (const kind of ['keys', 'mouse', 'browser'] as const) {
			await page.goto(PRACTICE_PAGES[kind].path);
			const heading = page.getByRole('heading', { name: /^Your task/ }).first();
			await expect(heading).toHaveText(/^Your task\s*·?\s*Task 1 of \d+$/);
			expect(await heading.textContent()).toMatch(/^Your task\s+Task 1 of \d+$/);
			await expect(heading).toHaveAccessibleName(/^Your task Task 1 of \d+$/);
		}
	});
});
