import { findApi } from '../../../lib/scorm/find-api';
import { ScormSession, type ScormProblem } from '../../../lib/scorm/scorm-session';
import { readProgress } from '../../../lib/progress/progress-read';
import { serialiseDoc } from '../../../lib/progress/progress-document';
import { BACKUP_KEY_PREFIX, NAME_KEY, PROGRESS_KEY, SHARED_KEY } from '../../../lib/progress/storage-keys';
import { isSharedComputer } from '../../../lib/progress/shared-computer';
import { nativeStorageArea } from '../../../lib/storage/storage-access';
import { readPageMessage } from '../../../lib/storage/shell-protocol';
import { OFFLINE_SITE_FOLDER } from '../../../lib/offline-edition';
import { pageToHash } from '../../offline/client/shell-address';
import type { ScormShellConfig } from '../shell-config';

/** The storage the course's pages use: the shell's own (file://) or the same origin's (a platform's web server). */
function courseArea(): Storage | undefined {
	const local = nativeStorageArea('local');
	return isSharedComputer(local) ? nativeStorageArea('session') : local;
}

/**
 * The platform holds each learner's progress: what it saved replaces what this computer holds
 * (on a library computer that may be another learner's). A different value found here is set
 * aside under a backup key first, as the progress store does with values it cannot read.
 */
function restore(area: Storage | undefined, session: ScormSession): void {
	if (!area) return;
	try {
		if (!session.problems.has('restore')) {
			const before = area.getItem(PROGRESS_KEY);
			const after = session.saved.doc ? serialiseDoc(session.saved.doc) : null;
			if (before !== null && before !== after) area.setItem(`${BACKUP_KEY_PREFIX}${new Date().toISOString()}`, before);
			if (after === null) area.removeItem(PROGRESS_KEY);
			else area.setItem(PROGRESS_KEY, after);
		}
		if (session.saved.name) area.setItem(NAME_KEY, session.saved.name);
	} catch {
		// Storage refused: the pages start from what they can read; reports still reach the platform.
	}
}

function showNotice(text: string): void {
	const show = () => {
		let notice = document.getElementById('scorm-notice');
		if (!notice) {
			notice = document.createElement('p');
			notice.id = 'scorm-notice';
			notice.className = 'scorm-notice';
			notice.setAttribute('role', 'status');
			document.body.prepend(notice);
			document.body.classList.add('has-scorm-notice');
		}
		notice.textContent = text;
	};
	if (document.body) show();
	else document.addEventListener('DOMContentLoaded', show);
}

export function startScorm(config: ScormShellConfig): ScormSession | undefined {
	const api = findApi(window);
	if (!api) return undefined;
	const onProblem = (problem: ScormProblem) => showNotice(config.notices[problem]);
	const session = new ScormSession(api, config.lessonIds, onProblem);
	if (!session.start()) return session;

	restore(courseArea(), session);
	let location = session.saved.location;
	if (location && !location.startsWith('#/')) location = undefined;
	if (location && !window.location.hash) {
		try {
			history.replaceState(null, '', location);
		} catch {
			// The course opens at its home page instead.
		}
	}

	const siteRoot = new URL(`${OFFLINE_SITE_FOLDER}/`, window.location.href).href;
	const current = () => {
		const raw = (() => {
			try {
				return courseArea()?.getItem(PROGRESS_KEY) ?? null;
			} catch {
				return null;
			}
		})();
		const { doc, problem } = readProgress(raw);
		return problem === 'corrupt' ? undefined : { doc, location };
	};
	let pending = false;
	const sync = () => {
		if (pending) return;
		pending = true;
		setTimeout(() => {
			pending = false;
			const report = current();
			if (report) session.report(report);
		}, 0);
	};
	const frame = () => document.getElementById('course-frame') as HTMLIFrameElement | null;
	window.addEventListener('message', (event) => {
		if (event.source !== frame()?.contentWindow) return;
		const message = readPageMessage(event.data);
		if (message?.type === 'cds:page') location = pageToHash(message.href, siteRoot) ?? location;
		if (message?.type === 'cds:page' || message?.type === 'cds:storage-set' || message?.type === 'cds:storage-clear') sync();
	});
	// Pages on the platform's web server write the same origin's storage: the shell hears it here.
	window.addEventListener('storage', (event) => {
		if (event.key === null || event.key === PROGRESS_KEY || event.key === SHARED_KEY) sync();
	});
	// Leaving: some platforms (ILIAS) keep only what is saved during beforeunload, others need pagehide.
	let finished = false;
	const finish = () => {
		if (finished) return;
		finished = true;
		session.finish(current());
	};
	window.addEventListener('beforeunload', finish);
	window.addEventListener('pagehide', finish);
	return session;
}
