import { t, type Locale } from '../../i18n/t';

/** The kinds of progress notice: the store's problems, and the shared-computer reminder. */
export const NOTICE_KINDS = ['shared', 'memory', 'readonly', 'quota', 'recovered'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What the notices say, in one language: each kind's sentence, and the link's words. */
export type NoticeWords = Record<NoticeKind | 'takeIt', string>;

export function noticeWords(locale: Locale): NoticeWords {
	const words = { takeIt: t('progress.notice.takeIt', {}, locale) } as NoticeWords;
	for (const kind of NOTICE_KINDS) words[kind] = t(`progress.notice.${kind}`, {}, locale);
	return words;
}
