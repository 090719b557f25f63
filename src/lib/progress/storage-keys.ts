/**
 * Every key the course stores starts with `cds:`, so "Forget me on this computer" can find and
 * erase them all, including ones added later (the text size uses `cds:text-size`).
 */
export const KEY_PREFIX = 'cds:';
/** The learner's progress document (one key; the version is inside the value). */
export const PROGRESS_KEY = 'cds:progress';
/** Unreadable values found under PROGRESS_KEY are set aside here, with the time they were found. */
export const BACKUP_KEY_PREFIX = 'cds:progress-backup:';
/** Set (in localStorage) when the learner says this is a shared computer. */
export const SHARED_KEY = 'cds:shared-computer';
/** The name for certificates, kept only when the learner asks. */
export const NAME_KEY = 'cds:learner-name';
/** Written and removed at once when the store opens, to learn whether new progress can be saved. */
export const PROBE_KEY = 'cds:probe';
