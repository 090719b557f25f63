/**
 * Browser helpers shared by the practice simulations. Plain DOM code: no storage, no requests.
 * Results leave a simulation only as a `quiz-answered` event, which the progress store saves.
 */
import { dispatchCourseEvent } from '../../lib/progress-events';
import { startElement } from '../../lib/start-all';

/** Swaps the readable version for a fresh copy of the interactive one; returns the copy. */
export function mountLive(root: HTMLElement): HTMLElement {
	const template = root.querySelector<HTMLTemplateElement>('template[data-live]');
	const copy = template?.content.firstElementChild?.cloneNode(true);
	if (!template || !(copy instanceof HTMLElement)) throw new Error('practice: no interactive template');
	root.querySelector('[data-live-copy]')?.remove();
	copy.dataset.liveCopy = '';
	template.after(copy);
	const readable = root.querySelector<HTMLElement>('[data-readable]');
	if (readable) readable.hidden = true;
	return copy;
}

/** Says something politely to screen readers (and to anyone reading the status line). */
export function announce(root: HTMLElement, text: string): void {
	const status = root.querySelector<HTMLElement>('[data-status]');
	if (!status) return;
	// Emptying first makes a repeat of the same words count as new.
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = text;
	});
}

/** Reports a finished attempt to the progress store, like a quiz, when inside a lesson. */
export function reportResult(root: HTMLElement, activityId: string, score: number, total: number): void {
	const lessonId = root.closest<HTMLElement>('[data-lesson-id]')?.dataset.lessonId;
	if (lessonId) dispatchCourseEvent(root, 'quiz-answered', { lessonId, activityId, score, total });
}

/**
 * Pretend links show where they go on hover and on focus (CSS). Escape hides that tip until the
 * pointer or focus leaves, as WCAG 1.4.13 asks of content shown on hover or focus.
 */
export function dismissTipsOnEscape(container: HTMLElement): void {
	container.addEventListener('keydown', (event) => {
		const link = (event.target as Element).closest?.('[data-plink]');
		if (event.key === 'Escape' && link) link.classList.add('plink--dismissed');
	});
	const undismiss = (event: FocusEvent | MouseEvent) => {
		const link = (event.target as Element).closest?.('[data-plink]');
		if (link && !link.contains(event.relatedTarget as Node | null)) link.classList.remove('plink--dismissed');
	};
	container.addEventListener('focusout', undismiss);
	container.addEventListener('mouseout', undismiss);
}

/**
 * Starts a simulation once (see lib/start-all.ts); if its set-up fails, the readable version
 * stays, the error is reported, and the page goes on.
 */
export function safely(name: string, root: HTMLElement, setUp: () => void): void {
	startElement(name, root, () => {
		try {
			setUp();
			root.dataset.ready = '';
		} catch (error) {
			root.querySelector('[data-live-copy]')?.remove();
			const readable = root.querySelector<HTMLElement>('[data-readable]');
			if (readable) readable.hidden = false;
			throw error;
		}
	});
}
