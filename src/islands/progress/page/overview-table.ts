import type { ProgressDoc } from '../../../lib/progress/progress-format';
import { isComplete, lessonRecord, tally } from '../../../lib/progress/progress-summary';
import { fill } from '../../../i18n/fill';
import { activityLabel } from './activity-label';

const ids = (list?: string) => (list ?? '').split(' ').filter(Boolean).map((id) => ({ id }));

/** Fills the lesson tables of My progress (ProgressOverview.astro) and shows certificates earned. */
export function renderOverview(root: HTMLElement, doc: ProgressDoc): void {
	const s = root.dataset;
	const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium' });
	for (const row of root.querySelectorAll<HTMLElement>('tr[data-lesson-id]')) {
		const record = lessonRecord(doc, row.dataset.lessonId ?? '');
		const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
		cell('done').textContent = (record?.done ? s.yes : s.no) ?? '';
		const results = Object.entries(record?.results ?? {}).map(([id, r]) => fill(s.result, { activity: activityLabel(id, s), best: r.best, total: r.total }));
		cell('scores').textContent = results.length ? results.join('; ') : (s.none ?? '');
		cell('visit').textContent = record?.lastVisit ? dateFormat.format(new Date(record.lastVisit)) : (s.notVisited ?? '');
	}
	for (const item of root.querySelectorAll<HTMLElement>('[data-certificate]')) {
		item.hidden = !isComplete(tally(doc, ids(item.dataset.certificate)));
	}
	root.hidden = false;
}
