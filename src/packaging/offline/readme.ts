import { t, type Locale } from '../../i18n/t';
import { formatDate } from '../../i18n/dates';

/** One language's part of the README: the course as that edition names it. */
export interface ReadmeEdition {
	locale: Locale;
	courseTitle: string;
}

/**
 * README.txt at the root of the zip, in plain words: one part for each language the copy holds
 * (English first), so a learner who reads French finds their part without opening anything.
 * Windows line endings, so the oldest Notepad shows it in lines too.
 */
export function readmeText(o: { editions: ReadmeEdition[]; version: string; date: Date; downloadUrl?: string }): string {
	const part = ({ locale, courseTitle }: ReadmeEdition) => [
		t('readme.title', { title: courseTitle }, locale),
		t('readme.version', { version: o.version, date: formatDate(o.date, locale) }, locale),
		'',
		t('readme.startTitle', {}, locale),
		t('readme.step1', {}, locale),
		t('readme.step2', {}, locale),
		t('readme.step3', {}, locale),
		'',
		t('readme.browsers', {}, locale),
		'',
		t('readme.progressTitle', {}, locale),
		t('readme.progress', {}, locale),
		'',
		t('readme.links', {}, locale),
		...(o.downloadUrl ? [t('readme.newer', { url: o.downloadUrl }, locale)] : []),
	];
	const lines = o.editions.flatMap((edition, i) => [...(i > 0 ? ['', '----------', ''] : []), ...part(edition)]);
	return `${lines.join('\r\n')}\r\n`;
}
