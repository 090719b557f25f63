import type { NoticeWords } from './notice-words';

/** The words of the page's language: the build writes one copy of this script a language (lazy-scripts integration). */
declare const NOTICE_WORDS: NoticeWords;

/**
 * Writes the notices a lazy box (ProgressNotices lazy) lacks among those it wants (data-want, set by
 * renderNotices in open-store.ts, the latest asked), then shows only those. Loaded only when a
 * notice applies, so lesson and quiz pages carry neither the words nor this code.
 */
export function writeNotices(box: HTMLElement): void {
	const wanted = new Set((box.dataset.want ?? '').split(' ').filter(Boolean));
	for (const kind of wanted) {
		if (box.querySelector(`[data-notice="${kind}"]`) || !(kind in NOTICE_WORDS)) continue;
		const notice = document.createElement('p');
		notice.className = `progress-notice progress-notice--${kind}`;
		notice.dataset.notice = kind;
		notice.textContent = NOTICE_WORDS[kind as keyof NoticeWords];
		if (box.dataset.takeHref && kind !== 'recovered') {
			const link = document.createElement('a');
			link.href = box.dataset.takeHref;
			link.textContent = NOTICE_WORDS.takeIt;
			notice.append(' ', link);
		}
		box.append(notice);
	}
	for (const notice of box.querySelectorAll<HTMLElement>('[data-notice]')) notice.hidden = !wanted.has(notice.dataset.notice ?? '');
}
