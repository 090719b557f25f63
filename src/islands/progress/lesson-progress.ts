import { dispatchCourseEvent } from '../../lib/progress-events';
import { own } from '../../lib/progress/progress-format';
import { QUIZ_ACTIVITY } from '../../lib/progress/done-rule';
import { openProgress, renderNotices } from './open-store';
import { fill } from '../../i18n/fill';
import { startAll } from '../../lib/start-all';

/** The lesson page: records the visit, runs "Mark this lesson as done" (and its undo) and shows the best quiz score. */
function init(root: HTMLElement): void {
	const lessonId = root.dataset.lessonId ?? '';
	const button = root.querySelector<HTMLButtonElement>('[data-action="done"]')!;
	const status = root.querySelector<HTMLElement>('[data-done-status]')!;
	const best = root.querySelector<HTMLElement>('[data-best]')!;
	const opening = openProgress();
	dispatchCourseEvent(root, 'lesson-visited', { lessonId });
	button.addEventListener('click', () => {
		dispatchCourseEvent(button, 'lesson-completed', { lessonId, done: button.dataset.done !== 'true' });
	});
	opening.then((store) => {
		const render = () => {
			const record = own(store.doc.lessons, lessonId);
			const quiz = record && own(record.results, QUIZ_ACTIVITY);
			button.dataset.done = String(record?.done === true);
			status.hidden = record?.done !== true;
			best.hidden = !quiz;
			if (quiz) best.textContent = fill(best.dataset.template, { best: quiz.best, total: quiz.total });
			renderNotices(store, root);
		};
		store.subscribe(render);
		render();
		root.hidden = false;
	});
}

startAll('lesson-progress', init);
