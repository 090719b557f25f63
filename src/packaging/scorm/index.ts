/**
 * The SCORM 1.2 package: the offline copy (src/packaging/offline), made the same way, with
 * imsmanifest.xml at its root and a shell script that also reports to the learning platform.
 * Only the package carries the adapter: the hosted site and the offline zip do not change.
 * One package a language, like the offline zips: each is that language's offline copy, and a
 * platform gives its learners the one in their language. Run by `npm run package:scorm`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/t';
import { OFFLINE_SITE_FOLDER } from '../../lib/offline-edition';
import { makeOfflineCopy, siteEditions, type PackageOptions } from '../offline/index';
import { belongsInCopy, listFiles } from '../offline/site-files';
import type { Locale } from '../../i18n/locales';
import { languageHome } from '../../search/paths';
import { SHELL_SCRIPT, SHELL_STYLE } from '../offline/shell-page';
import { deterministicZip } from '../offline/zip';
import { buildScormShell } from './build-client';
import { courseLessonIds } from './lesson-ids';
import { scormManifest } from './manifest';
import type { ScormShellConfig } from './shell-config';

export const MANIFEST = 'imsmanifest.xml';
/** The page the platform opens: the offline shell page, which keeps one session across pages. */
export const LAUNCH_PAGE = 'index.html';

export const scormZipName = (version: string, locale: string): string => `course-scorm12-${version}-${locale}.zip`;

export interface ScormOptions extends Omit<PackageOptions, 'outDir'> {
	/** Folder the zip is written to (created if missing). */
	outDir: string;
}

export interface ScormPackage {
	locale: Locale;
	zipPath: string;
	zipBytes: number;
	files: number;
	lessons: number;
}

export interface ScormResult {
	/** One package a language, the default language first. */
	packages: ScormPackage[];
	ms: number;
}

/** The notice above the course when the platform does not keep progress. */
const noticeStyle = `
body.has-scorm-notice { display: flex; flex-direction: column; }
body.has-scorm-notice iframe { flex: 1; height: auto; min-height: 0; }
.scorm-notice { margin: 0; padding: 0.5rem 1rem; background: #fff4ce; color: #1b1b1b; border-bottom: 2px solid #8a6d00; font: 1rem/1.4 system-ui, sans-serif; }
`;

export async function packageScorm(o: ScormOptions): Promise<ScormResult> {
	const started = performance.now();
	const allFiles = listFiles(o.siteDir).filter(belongsInCopy);
	mkdirSync(o.outDir, { recursive: true });
	// Packages of earlier versions (or the two-language package) would be mistaken for this one.
	for (const old of readdirSync(o.outDir).filter((f) => /^course-scorm12-.*\.zip$/.test(f))) rmSync(join(o.outDir, old));
	const packages: ScormPackage[] = [];
	for (const locale of siteEditions(allFiles)) packages.push(await packageEdition(o, locale, allFiles));
	return { packages, ms: performance.now() - started };
}

async function packageEdition(o: ScormOptions, locale: Locale, allFiles: string[]): Promise<ScormPackage> {
	// The lessons the edition's home page counts: the same ids in every language.
	const lessonIds = courseLessonIds(readFileSync(join(o.siteDir, languageHome(locale), 'index.html'), 'utf8'));
	const config: ScormShellConfig = {
		lessonIds,
		notices: {
			start: t('scorm.notice.start', {}, locale),
			save: t('scorm.notice.save', {}, locale),
			restore: t('scorm.notice.restore', {}, locale),
			'too-big': t('scorm.notice.too-big', {}, locale),
		},
	};
	const [{ files, courseTitle }, shell] = await Promise.all([makeOfflineCopy({ ...o, outDir: '' }, locale, allFiles), buildScormShell(o.projectRoot, config)]);
	const shellStyle = files.get(`${OFFLINE_SITE_FOLDER}/${SHELL_STYLE}`);
	// The shell script starts with the copy's list of pages and home (the offline step's globals): kept.
	const shellGlobals = Buffer.from(files.get(`${OFFLINE_SITE_FOLDER}/${SHELL_SCRIPT}`) ?? '').toString('utf8').split('\n')[0]!;
	files.set(`${OFFLINE_SITE_FOLDER}/${SHELL_SCRIPT}`, Buffer.from(`${shellGlobals}\n${shell}`, 'utf8'));
	files.set(`${OFFLINE_SITE_FOLDER}/${SHELL_STYLE}`, Buffer.concat([shellStyle ?? Buffer.alloc(0), Buffer.from(noticeStyle, 'utf8')]));
	const identifier = `${o.courseTitle.toLowerCase()}-${o.version}-${locale}`;
	const manifest = scormManifest({ identifier, courseTitle, launch: LAUNCH_PAGE, files: [...files.keys()] });
	files.set(MANIFEST, Buffer.from(manifest, 'utf8'));

	const zip = deterministicZip(files, o.date);
	const zipPath = join(o.outDir, scormZipName(o.version, locale));
	writeFileSync(zipPath, zip);
	return { locale, zipPath, zipBytes: zip.byteLength, files: files.size, lessons: lessonIds.length };
}
