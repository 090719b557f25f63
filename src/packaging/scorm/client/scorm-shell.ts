/**
 * The shell page of the SCORM package: the offline shell (the course in a frame), plus the
 * adapter that reports to the learning platform. The shell stays loaded while the learner moves
 * from page to page inside the frame, so the course is one SCORM session: one LMSInitialize when
 * it opens, one LMSFinish when it closes. Outside a platform (no `window.API` found) this is the
 * offline shell, nothing more.
 */
import { startScorm } from './start-scorm';
import '../../offline/client/shell';

try {
	startScorm(__CDS_SCORM__);
} catch (error) {
	console.warn('learning platform adapter not started', error);
}
