import { getStorageArea } from '../../lib/storage/storage-access';
import { completedOn, isComplete, tally } from '../../lib/progress/progress-summary';
import { keepLearnerName, savedLearnerName, type StorageAreas } from '../../lib/progress/storage-policy';
import { openProgress, renderNotices } from '../progress/open-store';
import { fill } from '../../i18n/fill';
import { startAll } from '../../lib/start-all';

/** The name is kept, when the learner asks, with the progress (lib/progress/storage-policy.ts). */
const areas = (): StorageAreas => ({ local: getStorageArea('local'), session: getStorageArea('session') });

function init(root: HTMLElement): void {
	const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const lessons = (root.dataset.lessons ?? '').split(' ').filter(Boolean).map((id) => ({ id }));
	const input = q<HTMLInputElement>('#learner-name');
	const remember = q<HTMLInputElement>('#remember-name');
	const name = q('[data-name]');

	const showName = () => {
		const typed = input.value.trim();
		name.textContent = typed || (name.dataset.placeholder ?? '');
		name.classList.toggle('certificate__name--empty', !typed);
	};
	const saveName = () => keepLearnerName(areas(), input.value, remember.checked);
	const saved = savedLearnerName(areas());
	if (saved) {
		input.value = saved;
		remember.checked = true;
	}
	input.addEventListener('input', () => {
		showName();
		saveName();
	});
	remember.addEventListener('change', saveName);
	q('[data-action="print"]').addEventListener('click', () => window.print());
	showName();

	openProgress().then((store) => {
		const render = () => {
			const count = tally(store.doc, lessons);
			// Storage refused: progress made on other pages cannot be known. Say so, and trust the learner.
			const unchecked = store.problems.has('memory') && !isComplete(count);
			const ready = isComplete(count) || unchecked;
			q('[data-unchecked]').hidden = !unchecked;
			renderNotices(store);
			q('[data-ready]').hidden = !ready;
			q('[data-not-yet]').hidden = ready;
			const notYet = q('[data-not-yet] [data-template]');
			notYet.textContent = fill(notYet.dataset.template, { ...count });
			const date = new Date(completedOn(store.doc, lessons) ?? Date.now());
			const format = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long' });
			const dateLine = q('[data-date]');
			dateLine.textContent = fill(dateLine.dataset.template, { date: format.format(date) });
		};
		store.subscribe(render);
		render();
		for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
		root.hidden = false;
	});
}

startAll('certificate', init);
