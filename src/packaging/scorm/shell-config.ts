import type { ScormProblem } from '../../lib/scorm/scorm-session';

/** What the package step bakes into the SCORM shell script (an esbuild `define`): no fetch needed. */
export interface ScormShellConfig {
	/** Every lesson of the course: all done makes the course complete. */
	lessonIds: string[];
	/** The notice shown in the shell for each problem with the platform (from src/i18n/en/scorm.ts). */
	notices: Record<ScormProblem, string>;
}

declare global {
	const __CDS_SCORM__: ScormShellConfig;
}
