import type { ProgressDoc } from '../../lib/progress/progress-format';
import { readOutline } from '../../lib/progress/course-outline';
import { continueLesson, isComplete, isDone, tally } from '../../lib/progress/progress-summary';
import { openProgress, renderNotices } from './open-store';
import { renderBars } from './bars';
import { renderModuleStart } from './module-start';
import { fill } from '../../i18n/fill';

/** Home "Continue where you left off" (ContinueLearning.astro): hidden until there is somewhere to continue. */
function renderContinue(root: HTMLElement, doc: ProgressDoc, noticed: boolean): void {
	const outline = readOutline();
	const next = continueLesson(doc, outline);
	const lessons = outline.modules.flatMap((m) => m.lessons);
	const allDone = isComplete(tally(doc, lessons));
	const link = root.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
	if (next) {
		link.href = next.url;
		link.textContent = fill(root.dataset.template, { title: next.title });
	}
	root.querySelector<HTMLElement>('[data-continue]')!.hidden = !next;
	root.querySelector<HTMLElement>('[data-all-done]')!.hidden = !allDone;
	root.hidden = !next && !allDone && !noticed;
}

/** Module page (ModuleProgress.astro): a word when complete, and "Done" beside each lesson done. */
function renderModule(root: HTMLElement, doc: ProgressDoc): void {
	const complete = root.querySelector<HTMLElement>('[data-module-complete]')!;
	const ids = (complete.dataset.lessons ?? '').split(' ').filter(Boolean);
	complete.hidden = !isComplete(tally(doc, ids.map((id) => ({ id }))));
	for (const item of document.querySelectorAll<HTMLElement>('.lesson-list__item[data-lesson-id]')) {
		let badge = item.querySelector<HTMLElement>('.lesson-list__done');
		if (!badge) {
			badge = document.createElement('span');
			badge.className = 'lesson-list__done';
			badge.textContent = root.dataset.doneLabel ?? '';
			item.querySelector('.lesson-list__link')?.after(' ', badge);
		}
		badge.hidden = !isDone(doc, item.dataset.lessonId ?? '');
	}
	for (const start of document.querySelectorAll<HTMLElement>('[data-module-start]')) renderModuleStart(start, doc);
	root.hidden = false;
}

openProgress().then((store) => {
	const render = () => {
		try {
			renderBars(store.doc);
			const noticed = renderNotices(store);
			for (const root of document.querySelectorAll<HTMLElement>('[data-module="continue"]')) renderContinue(root, store.doc, noticed);
			for (const root of document.querySelectorAll<HTMLElement>('[data-module="module-progress"]')) renderModule(root, store.doc);
		} catch (error) {
			console.warn('progress view not shown', error);
		}
	};
	store.subscribe(render);
	render();
});
