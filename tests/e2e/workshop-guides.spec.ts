import { test, expect } from './fixtures';
import { crawl } from '../support/crawl';
import { loadContent } from '../../src/content-layer/load-content';

const { course, lessons, guides } = loadContent();

test('the For trainers page lists every guide, and the slides and handouts of every lesson', async ({ page }) => {
	await page.goto('trainers/');
	for (const module of course!.modules) {
		await expect(page.getByRole('link', { name: `Facilitator guide: ${module.title}` })).toHaveAttribute('href', `/trainers/${module.id}/`);
	}
	for (const lesson of lessons) {
		await expect(page.getByRole('link', { name: `Slides: ${lesson.data.title}`, exact: true })).toHaveAttribute('href', `/present/${lesson.data.module}/${lesson.slug}/`);
		await expect(page.getByRole('link', { name: `Handout: ${lesson.data.title}`, exact: true })).toHaveAttribute('href', `/handouts/${lesson.data.module}/${lesson.slug}/`);
	}
});

test('a guide has the agenda with timings, every part a trainer needs, and links to the slides', async ({ page }) => {
	const module = course!.modules.find((m) => lessons.some((l) => l.data.module === m.id))!;
	const guide = guides[module.id]!;
	const moduleLessons = lessons.filter((l) => l.data.module === module.id);
	await page.goto(`trainers/${module.id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Facilitator guide: ${module.title}`);
	for (const heading of ['What you need', 'Before the session', 'Setting up the room', 'Agenda', 'Lesson by lesson', 'Questions to start a discussion', 'Questions learners often ask', 'If someone has never used a mouse']) {
		await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
	}
	const sessions = page.getByRole('table', { name: /^(Running order|Session \d+ of \d+)/ });
	expect(await sessions.count()).toBeGreaterThanOrEqual(1);
	await expect(sessions.first().locator('tbody tr').first()).toContainText('0:00');
	await expect(sessions.first().locator('tbody tr').first()).toContainText(guide.opening.what.slice(0, 30));
	for (const lesson of moduleLessons) await expect(sessions.getByRole('link', { name: lesson.data.title, exact: true })).toBeVisible();
	await expect(page.getByText(guide.learnerQuestions[0]!.question)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Run the whole module: slides and notes, lesson by lesson' })).toHaveAttribute('href', `/present/${module.id}/`);
	await expect(page.locator('.trainer-note').first()).toBeVisible();
});

test('every module has a guide, with its parts written for the module', async ({ page }) => {
	for (const module of course!.modules) {
		await page.goto(`trainers/${module.id}/`);
		await expect(page.getByText(guides[module.id]!.forWho)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'If someone has never used a mouse' })).toBeVisible();
		for (const tip of guides[module.id]!.neverUsedMouse) await expect(page.getByText(tip)).toBeVisible();
	}
});

test('no trainer page is offered to search', async ({ request, baseURL }) => {
	const { pages } = await crawl(request, baseURL!);
	const trainerPages = pages.filter((p) => /\/(trainers|present|handouts)\//.test(new URL(p).pathname));
	// Per lesson: slides, speaker notes and handout; per module the same, and its guide.
	expect(trainerPages.length).toBeGreaterThanOrEqual(lessons.length * 3 + course!.modules.length);
	for (const url of trainerPages) expect(await (await request.get(url)).text(), url).not.toContain('data-pagefind-body');
});

test('a guide opens with its contents, every part and lesson a link away', async ({ page }) => {
	const module = course!.modules.find((m) => lessons.filter((l) => l.data.module === m.id).length > 2)!;
	const moduleLessons = lessons.filter((l) => l.data.module === module.id);
	await page.goto(`trainers/${module.id}/`);
	const contents = page.getByRole('navigation', { name: 'In this guide' });
	await expect(contents).toBeVisible();
	for (const part of ['What you need', 'Agenda', 'Lesson by lesson', 'Questions learners often ask', 'If someone has never used a mouse', ...moduleLessons.map((l) => l.data.title)]) {
		const link = contents.getByRole('link', { name: part, exact: true });
		const target = (await link.getAttribute('href'))!;
		await expect(page.locator(target), part).toHaveCount(1);
	}
	const last = moduleLessons[moduleLessons.length - 1]!;
	await contents.getByRole('link', { name: last.data.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`#guide-${last.data.id}$`));
	await expect(page.getByRole('heading', { name: new RegExp(last.data.title) }).first()).toBeInViewport();
});

test('a module run over several sessions welcomes the group back from the second session', async ({ page }) => {
	for (const module of course!.modules) {
		const guide = guides[module.id]!;
		await page.goto(`trainers/${module.id}/`);
		const tables = page.getByRole('table', { name: /^Session \d+ of \d+/ });
		const count = await tables.count();
		for (let i = 1; i < count; i++) {
			const welcome = tables.nth(i).locator('tbody tr').first();
			await expect(welcome).not.toContainText(/first session/i);
			if (guide.opening.later) await expect(welcome).toContainText(guide.opening.later.slice(0, 30));
		}
	}
});
