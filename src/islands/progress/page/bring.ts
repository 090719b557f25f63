import type { ProgressStore } from '../../../lib/progress/progress-store';
import type { CourseOutline } from '../../../lib/progress/course-outline';
import { allLessons } from '../../../lib/progress/course-outline';
import { parseImportText, parseProgressFile, FILE_MAX_CHARS, type ImportResult } from '../../../lib/progress/progress-file';
import { previewImport, type Change } from '../../../lib/progress/import-preview';
import { mergeDocs } from '../../../lib/progress/progress-merge';
import type { ProgressDoc } from '../../../lib/progress/progress-format';
import { fill } from '../../../i18n/fill';
import { activityLabel } from './activity-label';

/**
 * "Bring your progress here" (BringProgress.astro): read a file or a code, show what would change,
 * and merge only when the learner says so. Anything invalid is refused with a clear message and
 * changes nothing. Imported text is only ever set as textContent.
 */
export function initBring(root: HTMLElement, store: ProgressStore, outline: CourseOutline): void {
	const s = root.dataset;
	const ids = allLessons(outline).map((l) => l.id);
	const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const fileInput = q<HTMLInputElement>('#progress-file');
	const codeInput = q<HTMLTextAreaElement>('#progress-code-input');
	const error = q('[data-error]');
	const preview = q('[data-preview]');
	const applied = q('[data-applied]');
	let pending: ProgressDoc | undefined;
	let source: HTMLElement = codeInput;

	const reset = () => {
		for (const el of [error, preview, applied]) el.hidden = true;
		for (const field of [fileInput, codeInput]) field.removeAttribute('aria-invalid');
		pending = undefined;
	};

	const fail = (field: HTMLElement, reason: string) => {
		const message = root.querySelector('template[data-errors]') as HTMLTemplateElement;
		q('[data-error-text]').textContent = message.content.querySelector(`[data-error-for="${reason}"]`)?.textContent ?? reason;
		field.setAttribute('aria-invalid', 'true');
		error.hidden = false;
		error.focus();
	};

	const describe = (change: Change): string => {
		if (change.kind === 'done') return fill(s.previewDone, { lesson: change.title });
		const values = { lesson: change.title, activity: activityLabel(change.activityId, s), best: change.after.best, total: change.after.total };
		return change.before ? fill(s.previewResultWas, { ...values, oldBest: change.before.best, oldTotal: change.before.total }) : fill(s.previewResult, values);
	};

	const show = (result: ImportResult, field: HTMLElement) => {
		reset();
		source = field;
		if (!result.ok) return fail(field, result.error);
		const { changes, otherLessons } = previewImport(store.doc, result.doc, outline);
		const list = q('[data-preview-list]');
		list.textContent = '';
		for (const change of changes) {
			const item = document.createElement('li');
			item.textContent = describe(change);
			list.append(item);
		}
		const extra = q('[data-preview-extra]');
		extra.textContent = fill(s.previewOther, { count: otherLessons });
		extra.hidden = otherLessons === 0;
		const nothing = changes.length === 0 && otherLessons === 0;
		q('[data-preview-nothing]').hidden = !nothing;
		q('[data-preview-intro]').hidden = nothing;
		q('[data-action="apply"]').hidden = nothing;
		pending = result.doc;
		preview.hidden = false;
		q('[data-preview-title]').focus();
	};

	fileInput.addEventListener('change', () => {
		const file = fileInput.files?.[0];
		if (!file) return;
		if (file.size > FILE_MAX_CHARS * 4) return show({ ok: false, error: 'too-big' }, fileInput);
		file.text().then(
			(text) => show(parseProgressFile(text, new Date(), file.name), fileInput),
			() => show({ ok: false, error: 'read' }, fileInput),
		);
	});
	q('[data-action="check-code"]').addEventListener('click', () => show(parseImportText(codeInput.value, ids), codeInput));
	q('[data-action="apply"]').addEventListener('click', () => {
		const imported = pending;
		if (!imported) return;
		store.update((doc) => mergeDocs(doc, imported));
		reset();
		fileInput.value = '';
		codeInput.value = '';
		applied.hidden = false;
		applied.focus();
	});
	q('[data-action="cancel"]').addEventListener('click', () => {
		reset();
		source.focus();
	});
	root.hidden = false;
}
