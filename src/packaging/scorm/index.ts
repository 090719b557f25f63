/**
 * The SCORM 1.2 package: the offline copy (src/packaging/offline), made the same way, with
 * imsmanifest.xml at its root and a shell script that also reports to the learning platform.
 * Only the package carries the adapter: the hosted site and the offline zip do not change.
 * Run by `npm run package:scorm`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/t';
import { OFFLINE_SITE_FOLDER } from '../../lib/offline-edition';
import { makeOfflineCopy, type PackageOptions } from '../offline/index';
import { SHELL_SCRIPT, SHELL_STYLE } from '../offline/shell-page';
import { deterministicZip } from '../offline/zip';
import { buildScormShell } from './build-client';
import { courseLessonIds } from './lesson-ids';
import { scormManifest } from './manifest';
import type { ScormShellConfig } from './shell-config';

export const MANIFEST = 'imsmanifest.xml';
/** The page the platform opens: the offline shell page, which keeps one session across pages. */
export const LAUNCH_PAGE = 'index.html';

export const scormZipName = (version: string): string => `course-scorm12-${version}.zip`;

export interface ScormOptions extends Omit<PackageOptions, 'outDir'> {
	/** Folder the zip is written to (created if missing). */
	outDir: string;
}

export interface ScormResult {
	zipPath: string;
	zipBytes: number;
	files: number;
	lessons: number;
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
	const lessonIds = courseLessonIds(readFileSync(join(o.siteDir, 'index.html'), 'utf8'));
	const config: ScormShellConfig = {
		lessonIds,
		notices: {
			start: t('scorm.notice.start'),
			save: t('scorm.notice.save'),
			restore: t('scorm.notice.restore'),
			'too-big': t('scorm.notice.too-big'),
		},
	};
	const [{ files }, shell] = await Promise.all([makeOfflineCopy({ ...o, outDir: '' }), buildScormShell(o.projectRoot, config)]);
	const shellStyle = files.get(`${OFFLINE_SITE_FOLDER}/${SHELL_STYLE}`);
	files.set(`${OFFLINE_SITE_FOLDER}/${SHELL_SCRIPT}`, Buffer.from(shell, 'utf8'));
	files.set(`${OFFLINE_SITE_FOLDER}/${SHELL_STYLE}`, Buffer.concat([shellStyle ?? Buffer.alloc(0), Buffer.from(noticeStyle, 'utf8')]));
	const identifier = `${o.courseTitle.toLowerCase()}-${o.version}`;
	const manifest = scormManifest({ identifier, courseTitle: o.courseTitle, launch: LAUNCH_PAGE, files: [...files.keys()] });
	files.set(MANIFEST, Buffer.from(manifest, 'utf8'));

	const zip = deterministicZip(files, o.date);
	mkdirSync(o.outDir, { recursive: true });
	const zipPath = join(o.outDir, scormZipName(o.version));
	writeFileSync(zipPath, zip);
	return { zipPath, zipBytes: zip.byteLength, files: files.size, lessons: lessonIds.length, ms: performance.now() - started };
}
