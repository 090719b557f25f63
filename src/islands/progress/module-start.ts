import type { ProgressDoc } from '../../lib/progress/progress-format';
import { isDone } from '../../lib/progress/progress-summary';
import { fill } from '../../i18n/fill';

/**
 * The module page's "Start lesson 1" (ModuleStart.astro), once progress is known: "Continue with
 * lesson 3: ..." (the first lesson not done yet), or, when every lesson is done, lesson 1 again.
 * The lessons, their addresses and titles come from the page's lesson list.
 */
export function renderModuleStart(root: HTMLElement, doc: ProgressDoc): void {
	const link = root.querySelector<HTMLAnchorElement>('a');
	const lessons = [...document.querySelectorAll<HTMLAnchorElement>('.lesson-list__item[data-lesson-id] .lesson-list__link')];
	const done = lessons.map((a) => isDone(doc, a.closest<HTMLElement>('[data-lesson-id]')!.dataset.lessonId ?? ''));
	if (!link || !lessons.length) return;
	const next = done.indexOf(false);
	const template = !done.includes(true) ? root.dataset.start : next < 0 ? root.dataset.again : root.dataset.continue;
	const target = lessons[Math.max(next, 0)]!;
	// The list's own href (relative in the offline copy), not the resolved address.
	link.setAttribute('href', target.getAttribute('href') ?? '');
	link.textContent = fill(template, { n: Math.max(next, 0) + 1, title: target.textContent ?? '' });
}
