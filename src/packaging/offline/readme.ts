import { t } from '../../i18n/t';

/**
 * README.txt at the root of the zip, in plain words. Windows line endings, so the oldest
 * Notepad shows it in lines too.
 */
export function readmeText(o: { courseTitle: string; version: string; date: string; downloadUrl?: string }): string {
	const lines = [
		t('readme.title', { title: o.courseTitle }),
		t('readme.version', { version: o.version, date: o.date }),
		'',
		t('readme.startTitle'),
		t('readme.step1'),
		t('readme.step2'),
		t('readme.step3'),
		'',
		t('readme.browsers'),
		'',
		t('readme.progressTitle'),
		t('readme.progress'),
		'',
		t('readme.links'),
		...(o.downloadUrl ? [t('readme.newer', { url: o.downloadUrl })] : []),
	];
	return `${lines.join('\r\n')}\r\n`;
}
