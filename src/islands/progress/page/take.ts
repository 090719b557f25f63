import type { ProgressStore } from '../../../lib/progress/progress-store';
import type { CourseOutline } from '../../../lib/progress/course-outline';
import { allLessons } from '../../../lib/progress/course-outline';
import { progressFile } from '../../../lib/progress/progress-file';
import { encodeCode } from '../../../lib/progress/progress-code';

/** A file download made in the page (works from file:// too): a Blob behind a temporary <a download>. */
function download(name: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Take your progress with you" (TakeProgress.astro): the progress file and the short code. */
export function initTake(root: HTMLElement, store: ProgressStore, outline: CourseOutline): void {
	const ids = allLessons(outline).map((l) => l.id);
	const codeButton = root.querySelector<HTMLButtonElement>('[data-action="show-code"]')!;
	const box = root.querySelector<HTMLElement>('.progress-code-box')!;
	const code = root.querySelector<HTMLElement>('[data-code]')!;
	const showCode = () => {
		const done = Object.entries(store.doc.lessons).filter(([, l]) => l.done).map(([id]) => id);
		code.textContent = encodeCode(done, ids);
	};
	root.querySelector('[data-action="download"]')!.addEventListener('click', () => {
		const file = progressFile(store.doc, outline.title, new Date());
		download(file.name, file.text);
	});
	codeButton.addEventListener('click', () => {
		const open = codeButton.getAttribute('aria-expanded') !== 'true';
		codeButton.setAttribute('aria-expanded', String(open));
		box.hidden = !open;
		if (open) showCode();
	});
	store.subscribe(() => {
		if (!box.hidden) showCode();
	});
	root.hidden = false;
}
