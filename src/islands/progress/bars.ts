import type { ProgressDoc } from '../../lib/progress/progress-format';
import { tally } from '../../lib/progress/progress-summary';
import { fill } from '../../i18n/fill';

/** Fills every progress bar (ProgressBar.astro) of the page: "3 of 5 lessons done" and the meter. */
export function renderBars(doc: ProgressDoc, root: ParentNode = document): void {
	for (const bar of root.querySelectorAll<HTMLElement>('[data-progress-bar]')) {
		const ids = (bar.dataset.lessons ?? '').split(' ').filter(Boolean);
		const { done, total } = tally(doc, ids.map((id) => ({ id })));
		bar.querySelector('[data-text]')!.textContent = fill(bar.dataset.template, { done, total });
		bar.querySelector('progress')!.value = done;
		bar.classList.toggle('progress-bar--complete', done === total);
		bar.hidden = false;
	}
}
